// Cities whose names run to two words or more, as English news writes them. Written like a person's name
// ("Lima and Los Angeles said they would sign"), they are no person: a run of name words that is one
// of them, or the end of one ("de Janeiro"), names no participant. A city of one word needs no entry: a single
// capitalised word standing alone is never taken for a person's name.

/** A city on each entry, spelled as reports spell it, with and without accents where both are common. */
const TABLE = `
Abu Dhabi|Addis Ababa|Addis Abeba|Aix-en-Provence|Al Ain|Al Khobar|Alice Springs|Ann Arbor|Atlantic City|Bahir Dar
Banda Aceh|Bandar Lampung|Bandar Seri Begawan|Baton Rouge|Belo Horizonte|Benin City|Beverly Hills|Buenos Aires
Can Tho|Cape Town|Carson City|Cebu City|Cedar Rapids|Chiang Mai|Chiang Rai|Ciudad Juarez|Ciudad Juárez
Colorado Springs|Corpus Christi|Cox's Bazar|Da Nang|Dar es Salaam|Davao City|Den Haag|Des Moines|Dire Dawa|El Fasher
El Obeid|El Paso|Fort Lauderdale|Fort Worth|Frankfurt am Main|George Town|Gold Coast|Grand Rapids|Green Bay
Guatemala City|Hai Phong|Hat Yai|Ho Chi Minh City|Hong Kong|Iowa City|Jefferson City|Jersey City|Johor Bahru
Kansas City|Kota Bharu|Kota Kinabalu|Kuala Lumpur|Kuala Terengganu|Kuwait City|La Paz|La Plata|Las Cruces|Las Palmas
Las Vegas|Le Havre|Le Mans|Little Rock|Long Beach|Los Alamos|Los Angeles|Luang Prabang|Mar del Plata|Menlo Park
Mexico City|Monte Carlo|Mountain View|Nakhon Ratchasima|New Delhi|New Orleans|New Plymouth|New York
New York City|Newport News|Nizhny Novgorod|Oklahoma City|Palm Beach|Palm Springs|Palmerston North|Palo Alto
Panama City|Petaling Jaya|Phnom Penh|Port Elizabeth|Port Harcourt|Port Louis|Port Moresby|Port Said|Port Sudan
Port Vila|Port of Spain|Porto Alegre|Quezon City|Ras Al Khaimah|Rapid City|Redwood City|Rio de Janeiro|Saint Petersburg
Salt Lake City|San Diego|San Francisco|San Jose|San José|San Juan|San Salvador|Santa Barbara|Santa Clara
Santa Cruz|Santa Fe|Santa Monica|Santo Domingo|Sao Paulo|Sao Tome|Shah Alam|Sharm el-Sheikh|Siem Reap|Sioux Falls
St Louis|St Petersburg|St. Louis|St. Petersburg|Sunshine Coast|São Paulo|São Tomé|Tel Aviv|The Hague|Thunder Bay
Ulan Bator|Vatican City|Vina del Mar|Viña del Mar|Virginia Beach|Wagga Wagga|West Palm Beach|Zamboanga City
`;

/** Every city of the table. */
export const CITIES_OF_SEVERAL_WORDS: readonly string[] = TABLE.trim().split(/\s*[|\n]\s*/);
