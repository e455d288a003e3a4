// Places named after people keep their names: "Maria skola", "Karl Johans torg",
// "Gustav Vasa kyrka", "Erik Dahlbergsgatan", "Sankt Görans gymnasium".

const PLACE = new Set(
	(
		'skola skolan skolor grundskola grundskolan förskola förskolan gymnasium gymnasiet gata gatan väg vägen ' +
		'torg torget plan planen plats platsen kyrka kyrkan kyrkogård kyrkogården park parken gymnasiet centrum ' +
		'hus huset hallen hall gård gården backe backen gränd gränden allé allén stig stigen strand stranden ' +
		'bro bron kaj kajen hamn hamnen sjukhus sjukhuset bibliotek biblioteket församling församlingen ' +
		'stadion arena arenan teater teatern museum museet folkets gymnastiksal idrottsplats idrottsplatsen ' +
		'badet bad simhall simhallen fritidsgård fritidsgården äldreboende vårdcentral vårdcentralen terrass ' +
		'holme holmen udde udden berg berget kulle kullen hage hagen äng ängen lund lunden plaza'
	).split(' ')
);

// A word that is itself a street or place ("Dahlbergsgatan", "Karlavägen", "Mariatorget").
const STREET =
	/(?:gatan|gata|vägen|väg|gränd|gränden|torget|torg|plan|planen|backe|backen|allén|allé|stigen|parken|skolan|kyrkan|gården|strand|stranden|kajen|bron|hamnen|platsen|terrassen)$/iu;

export function isPlaceWord(w: string): boolean {
	return PLACE.has(w.toLowerCase());
}

export function isStreetName(w: string): boolean {
	return STREET.test(w) && w.length > 5;
}
