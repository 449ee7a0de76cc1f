package suggest

// foreignRanks are ranks and civil offices in Spanish, Portuguese,
// Italian, French and German written before a full name in translated
// copy ("Comandante Rubén Ocampo", "Teniente Luis Mora", "Alcaldesa Ana
// Ruiz", "Intendente Jorge Paz", "Bürgermeister Klaus Weber"): like
// "Captain" or "Mayor" they are no part of the person's name, so "Ocampo
// said" and "he said" later take "Rubén Ocampo". Words that are also
// common surnames ("Coronel", "Hauptmann", "Maire") are left out, so
// "Marta Coronel" keeps her name.
var foreignRanks = words(`comandante subcomandante capitán capitana teniente sargento cabo comisario comisaria
	alcalde alcaldesa intendente gobernador gobernadora concejal concejala prefeito prefeita
	sindaco commandant capitaine bürgermeister bürgermeisterin oberbürgermeister
	oberbürgermeisterin kommissar kommissarin`)

func init() {
	for w := range foreignRanks {
		titleWords[w] = true
	}
}
