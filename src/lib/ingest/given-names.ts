// A general list of given names common in Sweden (not taken from any plan).
// Lower case. Names that are also ordinary Swedish words ("klara", "liv",
// "saga", "per") are in AMBIGUOUS_GIVEN_NAMES and count only with a surname.

export const GIVEN_NAMES: ReadonlySet<string> = new Set([
	'adam', 'adrian', 'agnes', 'ahmed', 'albin', 'alexander', 'alexandra', 'alfred', 'ali',
	'alice', 'alicia', 'alma', 'alva', 'amanda', 'amelia', 'amira', 'anders', 'andreas',
	'anette', 'angelica', 'anita', 'anja', 'ann', 'anna', 'anneli', 'annelie', 'annika',
	'anton', 'arvid', 'astrid', 'axel', 'aya', 'barbro', 'beata', 'bengt', 'benjamin',
	'bianca', 'birgitta', 'björn', 'bo', 'britt', 'camilla', 'carin', 'carina', 'carl',
	'carolina', 'caroline', 'casper', 'cecilia', 'charlotte', 'christer', 'christian',
	'christina', 'christine', 'christoffer', 'clara', 'dalia', 'daniel', 'david', 'denise',
	'dennis', 'ebba', 'edith', 'elena', 'elias', 'elin', 'elina', 'elisabet', 'elisabeth',
	'ella', 'ellen', 'ellinor', 'elsa', 'emelie', 'emil', 'emilia', 'emma', 'erik', 'erika',
	'ester', 'eva', 'evelina', 'fanny', 'fatima', 'felicia', 'filip', 'frank', 'fredrik',
	'frida', 'gabriella', 'greta', 'gunilla', 'gustaf', 'gustav', 'göran', 'hampus',
	'hanna', 'hannah', 'hans', 'hassan', 'hedda', 'helen', 'helena', 'helene', 'henrik',
	'hilda', 'hugo', 'ibrahim', 'ida', 'ingrid', 'irene', 'iris', 'isabella', 'isabelle',
	'isak', 'jacob', 'jakob', 'jan', 'jasmine', 'jennie', 'jenny', 'jessica', 'joakim',
	'joanna', 'johan', 'johanna', 'johannes', 'john', 'jonas', 'jonathan', 'josef',
	'josefin', 'josefine', 'julia', 'kalle', 'karin', 'karl', 'katarina', 'kent', 'kerstin',
	'kevin', 'klara', 'kristian', 'kristina', 'lars', 'lea', 'leah', 'leila', 'lena',
	'lennart', 'leo', 'leon', 'liam', 'lina', 'linda', 'linn', 'linnea', 'linus', 'lisa',
	'liv', 'lo', 'lotta', 'louise', 'lovisa', 'lucas', 'ludvig', 'lukas', 'madeleine',
	'magnus', 'maj', 'maja', 'malin', 'marcus', 'maria', 'marie', 'marina', 'markus',
	'marta', 'martin', 'matilda', 'mats', 'mattias', 'max', 'maya', 'meja', 'mia',
	'michael', 'mikael', 'mimmi', 'minna', 'mira', 'miriam', 'moa', 'mohamed', 'mohammad',
	'mohammed', 'molly', 'monica', 'monika', 'muhammad', 'my', 'nadia', 'natalie', 'niklas',
	'nils', 'noah', 'nora', 'nour', 'olivia', 'olle', 'omar', 'oscar', 'oskar', 'ove',
	'patrik', 'paula', 'per', 'peter', 'petra', 'petter', 'pia', 'rasmus', 'robert',
	'robin', 'roger', 'ronja', 'rut', 'sabina', 'saga', 'sandra', 'sanna', 'sara', 'sarah',
	'selma', 'signe', 'silvia', 'simon', 'siri', 'siv', 'sofia', 'sofie', 'sonja', 'stefan',
	'stella', 'sten', 'stig', 'susanne', 'svea', 'sven', 'tanja', 'teresa', 'therese',
	'thomas', 'tilda', 'tina', 'tobias', 'tomas', 'tor', 'tove', 'tuva', 'tyra', 'ulf',
	'ulla', 'ulrika', 'vanessa', 'vera', 'veronica', 'veronika', 'victor', 'victoria',
	'viktor', 'viktoria', 'vilja', 'vilma', 'vincent', 'wilhelm', 'william', 'wilma',
	'yasmin', 'ylva', 'young', 'yusuf', 'zakaria', 'åke', 'åsa'
]);

export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set([
	'alva', 'axel', 'björn', 'bo', 'ester', 'frank', 'hugo', 'iris', 'jan', 'klara', 'liv',
	'lo', 'maj', 'max', 'mira', 'my', 'ove', 'per', 'rut', 'saga', 'siv', 'sten', 'stig',
	'tor', 'tyra', 'vilja', 'young', 'åke'
]);
