// The country gazetteer: canonical names, the other names news text uses for them, and demonyms.
// Kept as one compact table so that adding a country is a one-line change.

/** "Canonical|alias|alias;demonym|demonym" — aliases and demonyms are matched case-sensitively. The UK's four
 * nations are listed too (they field their own teams); "English" is no demonym here: "the English Channel", "anti-English". */
const TABLE = `
Afghanistan|Islamic Republic of Afghanistan;Afghan
Albania;Albanian
Algeria;Algerian
Andorra;Andorran
Angola;Angolan
Antigua and Barbuda;Antiguan
Argentina;Argentine|Argentinian
Armenia;Armenian
Australia;Australian
Austria;Austrian
Azerbaijan;Azerbaijani|Azeri
Bahamas|The Bahamas;Bahamian
Bahrain;Bahraini
Bangladesh;Bangladeshi
Barbados;Barbadian
Belarus;Belarusian
Belgium;Belgian
Belize;Belizean
Benin;Beninese
Bhutan;Bhutanese
Bolivia;Bolivian
Bosnia and Herzegovina|Bosnia;Bosnian
Botswana;Botswanan
Brazil|Federative Republic of Brazil;Brazilian
Brunei;Bruneian
Bulgaria;Bulgarian
Burkina Faso;Burkinabe
Burundi;Burundian
Cambodia;Cambodian
Cameroon;Cameroonian
Canada;Canadian
Cape Verde|Cabo Verde;Cape Verdean
Central African Republic;Central African
Chad;Chadian
Chile;Chilean
China|People's Republic of China|PRC|Beijing;Chinese
Colombia;Colombian
Comoros;Comorian
Democratic Republic of the Congo|DR Congo|DRC|D.R. Congo|Congo-Kinshasa;Congolese
Dominica
Grenada;Grenadian
Guinea-Bissau;Bissau-Guinean
Kiribati
Kosovo;Kosovar
Cook Islands;Cook Islander
Niue;Niuean
Faroe Islands|Faroes;Faroese
Greenland;Greenlandic
Marshall Islands;Marshallese
Micronesia|Federated States of Micronesia;Micronesian
Nauru;Nauruan
Palau;Palauan
Republic of the Congo|Congo-Brazzaville|Congo
Costa Rica;Costa Rican
Croatia;Croatian
Cuba;Cuban
Cyprus;Cypriot
Czech Republic|Czechia;Czech
Denmark;Danish
Djibouti;Djiboutian
Dominican Republic;Dominican
Ecuador;Ecuadorian|Ecuadorean
Egypt;Egyptian
El Salvador;Salvadoran
Equatorial Guinea;Equatoguinean
Eritrea;Eritrean
Estonia;Estonian
Eswatini|Swaziland;Swazi
Ethiopia;Ethiopian
Fiji;Fijian
Finland;Finnish
France|French Republic|Paris;French
Gabon;Gabonese
Gambia|The Gambia;Gambian
Georgia;Georgian
Germany|Federal Republic of Germany|Berlin;German
Ghana;Ghanaian
Greece;Greek
Guatemala;Guatemalan
Guinea;Guinean
Guyana;Guyanese
Haiti;Haitian
Honduras;Honduran
Hungary;Hungarian
Iceland;Icelandic
India|Republic of India;Indian
Indonesia;Indonesian
Iran|Islamic Republic of Iran;Iranian
Iraq;Iraqi
Ireland;Irish
Israel;Israeli
Italy;Italian
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire;Ivorian
Jamaica;Jamaican
Japan|Tokyo;Japanese
Jordan;Jordanian
Kazakhstan;Kazakh|Kazakhstani
Kenya;Kenyan
Kuwait;Kuwaiti
Kyrgyzstan;Kyrgyz
Laos;Lao|Laotian
Latvia;Latvian
Lebanon;Lebanese
Lesotho;Basotho
Liberia;Liberian
Libya;Libyan
Liechtenstein
Lithuania;Lithuanian
Luxembourg;Luxembourgish
Madagascar;Malagasy
Malawi;Malawian
Malaysia;Malaysian
Maldives;Maldivian
Mali;Malian
Malta;Maltese
Mauritania;Mauritanian
Mauritius;Mauritian
Mexico;Mexican
Moldova;Moldovan
Monaco;Monegasque
Mongolia;Mongolian
Montenegro;Montenegrin
Morocco;Moroccan
Mozambique;Mozambican
Myanmar|Burma;Myanmar|Burmese
Namibia;Namibian
Nepal;Nepalese|Nepali
Netherlands|The Netherlands|Holland;Dutch
New Zealand;New Zealander
Nicaragua;Nicaraguan
Niger;Nigerien
Nigeria;Nigerian
North Korea|DPRK|Democratic People's Republic of Korea;North Korean
North Macedonia|Macedonia;Macedonian
Norway;Norwegian
Oman;Omani
Pakistan;Pakistani
Palestine;Palestinian
Panama;Panamanian
Papua New Guinea;Papua New Guinean
Paraguay;Paraguayan
Peru;Peruvian
Philippines|The Philippines;Philippine|Filipino
Poland;Polish
Portugal;Portuguese
Qatar;Qatari
Romania;Romanian
Russia|Russian Federation|Moscow;Russian
Rwanda;Rwandan
Saint Kitts and Nevis|St Kitts and Nevis
Saint Lucia|St Lucia|St. Lucia;Saint Lucian
Saint Vincent and the Grenadines|St Vincent and the Grenadines;Vincentian
Samoa;Samoan
San Marino;Sammarinese
Sao Tome and Principe|São Tomé and Príncipe
Saudi Arabia|Kingdom of Saudi Arabia;Saudi
Senegal;Senegalese
Serbia;Serbian
Seychelles;Seychellois
Sierra Leone;Sierra Leonean
Singapore;Singaporean
Slovakia;Slovak
Slovenia;Slovenian
Solomon Islands;Solomon Islander
Somalia;Somali
South Africa|Republic of South Africa;South African
South Korea|Republic of Korea|ROK;South Korean|S. Korean
South Sudan;South Sudanese
Spain;Spanish
Sri Lanka;Sri Lankan
Sudan;Sudanese
Suriname;Surinamese
Sweden;Swedish
Switzerland;Swiss
Syria;Syrian
Taiwan;Taiwanese
Tajikistan;Tajik
Tanzania;Tanzanian
Thailand;Thai
Timor-Leste|East Timor;Timorese
Togo;Togolese
Tonga;Tongan
Trinidad and Tobago;Trinidadian
Tunisia;Tunisian
Turkey|Türkiye|Turkiye;Turkish
Turkmenistan;Turkmen
Tuvalu;Tuvaluan
Uganda;Ugandan
Ukraine;Ukrainian
United Arab Emirates|UAE|U.A.E.;Emirati
United Kingdom|UK|U.K.|Britain|Great Britain|London;British
England
Scotland;Scottish
Wales;Welsh
Northern Ireland
United States|United States of America|US|U.S.|USA|U.S.A.|America|Washington;American|US|U.S.
Uruguay;Uruguayan
Uzbekistan;Uzbek
Vanuatu;Ni-Vanuatu
Venezuela;Venezuelan
Vietnam|Viet Nam;Vietnamese
Yemen;Yemeni
Zambia;Zambian
Zimbabwe;Zimbabwean
`;

export interface CountryEntry {
  name: string;
  /** Every proper-name form, the canonical one first. */
  names: string[];
  demonyms: string[];
}

/** Capital-city metonyms ("Beijing", "Washington") are listed as aliases but only count as a
 * country where the text uses them as an actor, so they are kept apart. */
const METONYMS = new Set(['Beijing', 'Moscow', 'Washington', 'London', 'Paris', 'Berlin', 'Tokyo']);

/** The country a capital stands for when it acts ("Washington sent …"), from the table's metonyms. */
export const COUNTRY_BY_CAPITAL = new Map<string, string>();

export const COUNTRIES: CountryEntry[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [namePart, demonymPart = ''] = line.split(';');
    const all = namePart.split('|');
    for (const capital of all.filter((n) => METONYMS.has(n))) COUNTRY_BY_CAPITAL.set(capital, all[0]);
    const names = all.filter((n) => !METONYMS.has(n));
    return { name: names[0], names, demonyms: demonymPart.split('|').filter(Boolean) };
  });

/** Maps every surface form (name, alias, demonym) to its canonical country. */
/** The countries' names as the card writes them. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.map((c) => c.name));

export const COUNTRY_BY_FORM: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const c of COUNTRIES) {
    for (const form of [...c.names, ...c.demonyms]) map.set(form, c.name);
  }
  return map;
})();

/** A short name two countries share, read as `usually` unless the article names `other` by a longer name and `usually`
 * by none: "Congo" in a report of "DR Congo" talks is the Democratic Republic. */
export const SHARED_SHORT_NAMES: ReadonlyArray<{ form: string; usually: string; other: string }> = [
  { form: 'Congo', usually: 'Republic of the Congo', other: 'Democratic Republic of the Congo' },
];

/** Surface forms sorted longest first, so "South Africa" wins over "Africa"-like prefixes. */
export const COUNTRY_FORMS: readonly string[] = [...COUNTRY_BY_FORM.keys()].sort((a, b) => b.length - a.length);
