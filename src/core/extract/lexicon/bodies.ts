// Bodies whose names are written as a given name and a surname would be: a run of two capitalised words that is one of
// them names no person ("Morgan Stanley said …", "the Peruvian Red Cross"). Only names of two words that are well known
// as bodies; a body of one word, or one with a body's word in it ("Halvex Group"), needs no entry.

/** Each entry as two words, the way reports write them. */
const TABLE = `
Red Cross|Red Crescent|Morgan Stanley|Goldman Sachs|Wells Fargo|Merrill Lynch|Charles Schwab|Lockheed Martin|Aston Martin
Alfa Romeo|Louis Vuitton|Christian Dior|Hugo Boss|Ralph Lauren|Calvin Klein|Tommy Hilfiger|Estée Lauder|Johnson Matthey
Hewlett Packard|Harley Davidson|Dow Jones|Lloyds Banking|Raymond James|Edward Jones|Jefferies Financial
`;

/** Every entry of the table. */
export const BODIES_NAMED_LIKE_PEOPLE: ReadonlySet<string> = new Set(TABLE.trim().split(/\s*[|\n]\s*/));
