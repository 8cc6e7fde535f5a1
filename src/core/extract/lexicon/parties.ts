// How reports name an elected member's party: before the member's office ("Tory MP Ana Roy", "Labour councillor
// Tom Vale", "Sinn Féin MLA Ivo Kant") or in brackets after the name ("Cllr Ana Roy (Labour)"). The party is the
// member's affiliation; the office is the rest.

/** Parties as reports write them before a member's office, each as its words. */
export const PARTY_LABELS: ReadonlyArray<readonly string[]> = `
  Labour|Labor|Conservative|Tory|Liberal Democrat|Lib Dem|Green|Greens|SNP|Plaid Cymru|DUP|UUP|SDLP|Sinn Féin|Sinn Fein
  Alliance|Reform UK|Reform|Independent|Democrat|Democratic|Republican|Liberal|Fianna Fáil|Fianna Fail|Fine Gael
  Social Democrat|Christian Democrat|NDP|Bloc Québécois|Coalition|Nationals|One Nation|Workers' Party
`
  .trim()
  .split(/\s*[|\n]\s*/)
  .map((label) => label.split(' '));

/** Offices a party label stands before: an elected member's, or the party's own leader. */
export const MEMBER_OFFICES = new Set(
  `mp mla msp mep td senator councillor councilor member peer lawmaker legislator assemblyman assemblywoman
  congressman congresswoman backbencher frontbencher leader deputy-leader spokesperson spokesman spokeswoman candidate`
    .trim()
    .split(/\s+/),
);

/** Honorifics that are a member's office written short: "Cllr Ana Roy" is a councillor. */
export const MEMBER_HONORIFICS: ReadonlyMap<string, string> = new Map([
  ['cllr', 'Councillor'],
  ['coun', 'Councillor'],
]);
