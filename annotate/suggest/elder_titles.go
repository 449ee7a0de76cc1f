package suggest

// elderTitles are titles of standing in another language, or of a parish's
// lay office, written before a full name ("Kaumātua Rewi Tane", "Kuia
// Mere Paki", "Alhaji Musa Bello", "Datuk Lim Ah Kow", "Churchwarden Ann
// Lee"): like "Chief" or "Rabbi" they are no part of the person's name, so
// "Mr Tane" later is the learnt "Rewi Tane". Words that are also common
// surnames ("Sheikh", "Elder", "Pandit") are left out, so "Imran Sheikh"
// keeps his name.
var elderTitles = words(`kaumātua kaumatua kuia rangatira tohunga alhaji alhaja hajia ayatollah datuk datin
	churchwarden`)

func init() {
	for w := range elderTitles {
		titleWords[w] = true
	}
}
