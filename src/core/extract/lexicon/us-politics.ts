// How American reports name a legislator's party and state after the name ("Sen. Ana Roy (D-Wash.)"), and
// the abbreviated titles before a name ("Sen.", "Rep.", "Gov."), as data.

/** The party letter of a "(D-Wash.)" designation. */
export const PARTIES: ReadonlyMap<string, string> = new Map([
  ['D', 'Democrat'],
  ['R', 'Republican'],
  ['I', 'Independent'],
]);

/** AP style's state abbreviations (states with short names are written whole: "Texas", "Ohio"). */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Ala.', 'Alabama'],
  ['Ariz.', 'Arizona'],
  ['Ark.', 'Arkansas'],
  ['Calif.', 'California'],
  ['Colo.', 'Colorado'],
  ['Conn.', 'Connecticut'],
  ['Del.', 'Delaware'],
  ['Fla.', 'Florida'],
  ['Ga.', 'Georgia'],
  ['Ill.', 'Illinois'],
  ['Ind.', 'Indiana'],
  ['Kan.', 'Kansas'],
  ['Ky.', 'Kentucky'],
  ['La.', 'Louisiana'],
  ['Md.', 'Maryland'],
  ['Mass.', 'Massachusetts'],
  ['Mich.', 'Michigan'],
  ['Minn.', 'Minnesota'],
  ['Miss.', 'Mississippi'],
  ['Mo.', 'Missouri'],
  ['Mont.', 'Montana'],
  ['Neb.', 'Nebraska'],
  ['Nev.', 'Nevada'],
  ['N.H.', 'New Hampshire'],
  ['N.J.', 'New Jersey'],
  ['N.M.', 'New Mexico'],
  ['N.Y.', 'New York'],
  ['N.C.', 'North Carolina'],
  ['N.D.', 'North Dakota'],
  ['Okla.', 'Oklahoma'],
  ['Ore.', 'Oregon'],
  ['Pa.', 'Pennsylvania'],
  ['R.I.', 'Rhode Island'],
  ['S.C.', 'South Carolina'],
  ['S.D.', 'South Dakota'],
  ['Tenn.', 'Tennessee'],
  ['Vt.', 'Vermont'],
  ['Va.', 'Virginia'],
  ['Wash.', 'Washington'],
  ['W.Va.', 'West Virginia'],
  ['Wis.', 'Wisconsin'],
  ['Wyo.', 'Wyoming'],
]);

/** "(D-Wash.)", "(R-Texas)", "(I-Vt.)": a party letter and a state, in parentheses after a name. */
export const PARTY_STATE = /^\(([DRI])-([A-Z][A-Za-z.]{1,13}(?: [A-Z][A-Za-z.]{1,13})?)\)/;

/** "Democrat, Washington" for "D-Wash."; null when the letters are no party and state. */
export function partyAndState(party: string, state: string): string | null {
  const p = PARTIES.get(party);
  if (!p) return null;
  const whole = STATE_ABBREVIATIONS.get(state) ?? (state.endsWith('.') ? null : state);
  return whole ? `${p}, ${whole}` : null;
}

/** An affiliation made by `partyAndState`: an American legislator's, whose country is the United States. */
const PARTY_AND_STATE = new RegExp(`^(?:${[...PARTIES.values()].join('|')}), \\p{Lu}`, 'u');
export const isPartyAndState = (affiliation: string): boolean => PARTY_AND_STATE.test(affiliation);

/** Titles written short before a name ("Sen. Ana Roy"), each with its office in full. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'Senator'],
  ['rep', 'Representative'],
  ['gov', 'Governor'],
  ['gen', 'General'],
  ['adm', 'Admiral'],
  ['col', 'Colonel'],
  ['capt', 'Captain'],
  ['sgt', 'Sergeant'],
  ['maj', 'Major'],
  ['amb', 'Ambassador'],
  ['supt', 'Superintendent'],
  ['insp', 'Inspector'],
  ['det', 'Detective'],
  ['lt', 'Lieutenant'],
  ['coun', 'Councillor'],
  ['cllr', 'Councillor'],
  ['ald', 'Alderman'],
  ['cmdr', 'Commander'],
  ['brig', 'Brigadier'],
]);
