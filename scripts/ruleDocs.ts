/**
 * The rule pages docs/rules/<code>.md, generated from the RULES catalogue (title, kind, default
 * severity, what to check) plus the hand-written description and example per rule below. Pure: the
 * writer is scripts/rule-docs.ts, and a unit test checks the pages on disk match this output.
 */
import { CLAIM_KINDS, KINDS, RULES, rulesOfKind, ruleDocPath, type RuleCode } from '../src/core/claims';

export interface RuleExample {
  /** What the engine flags, for a reader who has never seen the rule. */
  flagged: string;
  /** A short draft excerpt of our own. */
  example: string;
  /** The part of the example the claim covers. */
  span: string;
  /** The dateline the example assumes, when it matters. */
  dateline?: string;
  /** What the finding tells the checker about the example. */
  explanation: string;
  /** The source file the draft is checked against, for rules about quotes and their sources. */
  source?: { path: string; text: string };
}

export const RULE_EXAMPLES: Record<RuleCode, RuleExample> = {
  quote: {
    flagged: 'Direct and partial quotes, in straight or curly quotation marks, with the speaker they are tied to (in the same or the next sentence, through pronouns such as "she said"), the reporting verb and the outlet the quote came through, if any. Interrupted quotes ("A," she said, "B.") and quotes running over several paragraphs are one claim each.',
    example: '"We will reopen the bridge by spring," Mayor Lena Ortiz said on Tuesday.',
    span: '"We will reopen the bridge by spring,"',
    explanation: 'A quote with speaker Lena Ortiz and cue "said".',
  },
  'quote-unattributed': {
    flagged: 'A quote for which no speaker can be found in its sentence or the sentences around it.',
    example: 'Residents lined the riverbank to watch the cranes. "Nobody asked us about the noise."',
    span: '"Nobody asked us about the noise."',
    explanation: 'Who said it? The paragraph names nobody.',
  },
  'quote-unbalanced': {
    flagged: 'An opening quotation mark that is never closed (or a closing one that was never opened), when the next paragraph does not continue the quote.',
    example: 'Ortiz called the delay "unacceptable and promised weekend shifts.',
    span: '"unacceptable and promised weekend shifts.',
    explanation: 'Where does the quote end? The reader cannot tell which words are Ortiz\'s.',
  },
  'quote-term': {
    flagged: 'A quoted word or short phrase that is not speech: scare quotes, titles, nicknames, slogans.',
    example: 'The "temporary" closure has now lasted two years.',
    span: '"temporary"',
    explanation: 'A term, not a quote: it needs no speaker, but it should be fair to whoever used it.',
  },
  'quote-altered': {
    flagged: 'A quote whose words differ from the passage of the draft\'s sources it comes from: a word changed, added, dropped or moved. Case, quote marks, dashes, spacing and punctuation at the quote\'s edges do not count, nor do the editor\'s declared changes: an ellipsis for words left out within one passage, [brackets] for an insertion or replacement, (sic), a capital letter changed at the start.',
    example: '"We are not talking about any new fares this year," Mayor Lena Ortiz said.',
    span: '"We are not talking about any new fares this year,"',
    explanation: 'The transcript says "discussing", not "talking about": the hover shows `We are not ~~discussing~~ **talking about** any new fares this year`, and *Use the source\'s wording* puts the source\'s words back in one edit.',
    source: { path: 'sources/ortiz-briefing.txt', text: 'ORTIZ: We are not discussing any new fares this year. The budget is settled.' },
  },
  'quote-not-in-source': {
    flagged: 'A quote of three words or more that none of the draft\'s sources holds, not even altered. Only for a draft that has sources; a quote of one or two words is too short to judge.',
    example: '"The bridge will be free for cyclists forever," Mayor Lena Ortiz said.',
    span: '"The bridge will be free for cyclists forever,"',
    explanation: 'Nothing like it is in the briefing transcript: find where it was said, or whether it was said at all.',
    source: { path: 'sources/ortiz-briefing.txt', text: 'ORTIZ: We are not discussing any new fares this year. The budget is settled.' },
  },
  'quote-wrong-speaker': {
    flagged: 'A quote found word for word in a transcript with speaker labels (`ORTIZ:`, `Q:`, WebVTT `<v Ortiz>`), in the turn of someone other than the person the draft gives it to.',
    example: '"Will the fares go up this year?" Mayor Lena Ortiz asked.',
    span: '"Will the fares go up this year?"',
    explanation: 'In the transcript the question is the reporter\'s (`Q:`), not the mayor\'s.',
    source: { path: 'sources/ortiz-briefing.txt', text: 'Q: Will the fares go up this year?\nORTIZ: We are not discussing any new fares this year.' },
  },
  attribution: {
    flagged: 'Reported speech and sourcing: "X said", "said X", "X told Y", "according to X", "X, who …, said", with the source, the cue and the outlet.',
    example: 'The bridge carries 40,000 vehicles a day, according to the regional transport office.',
    span: 'according to the regional transport office',
    explanation: 'An attribution to the regional transport office with cue "according to".',
  },
  'attribution-anonymous': {
    flagged: 'An attribution whose source is not named: "officials said", "unnamed sources", "a person familiar with the matter", "a senior aide" who is never named in the draft. Extra phrases can be added with the `anonymousPhrases` setting; phrases listed in `namedSources` (in `.factdesk.json`) are never flagged. When phrases of both lists match a source, the longer one wins.',
    example: 'The repairs will cost twice the estimate, two people familiar with the contract said.',
    span: 'two people familiar with the contract said',
    explanation: 'Anonymous: the desk must know who they are and why they were not named.',
  },
  'attribution-secondhand': {
    flagged: 'A claim the draft knows only through another outlet: "X cited Y as saying", "X quoted Y", "according to a report in X".',
    example: 'The Harbor Gazette quoted a city engineer as saying the cables were corroded.',
    span: 'The Harbor Gazette quoted',
    explanation: 'Second-hand, through the Harbor Gazette: find its report and check it says this.',
  },
  date: {
    flagged: 'Absolute and partial dates ("March 4, 2024", "Mar 4, 2024", "March 2024", "2024"), normalized to ISO 8601 values, and the date of a wire dateline ("PARIS, June 19 (Reuters) -"). Not dates: periods of a game ("the third quarter" of a match), model years ("the 2022 Model Y"), a holiday naming a thing ("a Christmas present").',
    example: 'The council approved the contract on March 4, 2024.',
    span: 'March 4, 2024',
    explanation: 'Value `2024-03-04`.',
  },
  'date-relative': {
    flagged: 'Dates that depend on when the story was written ("on Monday", "last month", "this week", "yesterday"), resolved against the dateline: front matter `date:`, a date line under the byline, a wire dateline, `--dateline` or the `dateline` setting. A weekday takes the tense of its own verb ("will vote on Thursday" looks ahead, "Sunday\'s crash" back). Without a dateline they are flagged but not resolved. Vague references ("now", "currently", "recently", "soon") are reported only with the `presentReferences` setting.',
    example: 'The council approved the contract on Monday.',
    span: 'on Monday',
    dateline: '2024-03-08',
    explanation: 'Resolved to `2024-03-04`, the Monday before the Friday dateline.',
  },
  'date-weekday-mismatch': {
    flagged: 'A weekday written next to a calendar date it does not fall on.',
    example: 'The council approved the contract on Tuesday, March 4, 2024.',
    span: 'Tuesday, March 4, 2024',
    explanation: 'March 4, 2024 was a Monday: the weekday or the date is wrong.',
  },
  'date-after-dateline': {
    flagged: 'An event told in the past tense with a date after the story\'s dateline.',
    example: 'The mayor signed the order on March 12, 2024.',
    span: 'March 12, 2024',
    dateline: '2024-03-08',
    explanation: 'The story is dated March 8: a signing on March 12 cannot be past yet.',
  },
  'date-ambiguous': {
    flagged: 'A date written in digits whose day and month could be swapped, when the newsroom has not said which order it writes (`dateOrder` in `.factdesk.json`, or the `factdesk.dateOrder` setting: `"mdy"` or `"dmy"`). With an order set, such dates are read that way and reported as plain dates; a date that only works one way ("13/05/2017") is never ambiguous.',
    example: 'The lease on the depot was signed on 07/05/2017.',
    span: '07/05/2017',
    explanation: 'Is it 5 July 2017 or 7 May 2017? The message gives both readings; the claim carries no value until the order is known.',
  },
  system: {
    flagged: 'Named systems: weapon, vehicle, aircraft, product and software designations ("S-300", "F-35A", "Boeing 737 MAX", "Windows 11"), also without their maker ("737 MAX", "MAX 9", "Model Y"), acronyms ("HIMARS", "MRAP") and counted plurals ("two Patriots"), with the canonical designation; a product name stays as written ("A15 Bionic"). Scores, route and flight numbers, bills, disease names and years are not systems. Add names with `extraSystems` and patterns with `systemPatterns`.',
    example: 'The airline grounded its Boeing 737 MAX jets for inspection.',
    span: 'Boeing 737 MAX',
    explanation: 'A system with canonical designation "Boeing 737 MAX".',
  },
  'system-inconsistent': {
    flagged: 'One system spelled more than one way in the same draft, in case, spacing or hyphens ("S-300" and "S300", "737 MAX" and "737 Max"). Dropping the maker on a later mention ("Boeing 737 MAX", then "737 MAX") is not a second spelling.',
    example: 'The first F-35A landed at noon. Two more F35A jets are due next week.',
    span: 'F35A',
    explanation: 'Both "F-35A" and "F35A" appear: pick the maker\'s spelling and use it throughout.',
  },
  number: {
    flagged: 'Every checkable quantity: money ("$12 million", "€3.5bn", "12 million rubles"), percentages and percentage points, counts with their noun ("40,000 vehicles a day", "four of the six main cables"), ages ("a 34-year-old", "Marta Quill, 61,"), measures with units ("415 km", "3 tons"), ranges ("10 to 12") and spelled-out numbers ("a dozen", "twice", "half of the voters"). The claim carries the normalized value: amount, unit, currency, rate ("a day") and whether it is hedged ("about", "nearly", "more than"). Not numbers: dates and years (they are dates), times, designations ("S-300", "Route 66", "Windows 11"), scores ("94-63", "a 3-1 win"), phone and street numbers, decades ("the 1990s"), ordinals ("Third Army", "5th"), list numbering, "one" as a pronoun ("no one", "one of them" without a whole), number words in names ("Big Ten") and figures inside a direct quote, which the quote claim already covers.',
    example: 'About 40,000 vehicles a day cross the old bridge.',
    span: '40,000 vehicles a day',
    explanation: 'A count: 40,000 vehicles per day, approximate. The hover shows the value and any other mention of the same quantity.',
  },
  'number-inconsistent': {
    flagged: 'The same quantity given two different values in one draft: the same unit and rate, about the same noun phrase ("a $12 million contract" … "the contract, worth $12.5 million"). Figures set against each other ("up from", "than", "last year", "the original", "a new") are different quantities and are not compared — except in a sentence told twice with its figures in the same order ("rose to $4 million from $2.9 million" … "rose to $5.4 million from $2.9 million"), where the figures are compared one by one when most of them agree; hedged figures agree within 10 %.',
    example: 'The city signed a $12 million contract with the dredgers. The contract, worth $12.5 million, covers the whole river.',
    span: '$12.5 million',
    explanation: 'The same contract is $12 million in one sentence and $12.5 million in the next: one of them is wrong.',
  },
  'number-arithmetic': {
    flagged: 'A relation the draft states between figures that does not hold: a change ("doubled from 20 to 50", "rose 40 % to 140 from 120", "fell from 300 to 340"), a multiple of a figure stated elsewhere ("$12 million, twice the original estimate" with "the original estimate was $5 million"), a part of a whole against a later total ("four of the six cables" … "all five cables") or larger than its whole, and shares of one whole in one sentence that add up to more than 100 %. Rounding of the stated figures is allowed for.',
    example: 'Ridership doubled from 20 to 50 riders a day.',
    span: '50 riders a day',
    explanation: 'From 20 to 50 is ×2.5, not a doubling: one of the figures, or the verb, is wrong.',
  },
  'name-inconsistent': {
    flagged: 'One person\'s surname spelled two ways in a draft ("Kozhin" / "Kozhine"): spellings one edit apart (two for names of nine letters or more), with the same first letter. The surname must be used at least twice and one of the two spellings must be a person\'s — with a title, a reporting verb ("Kozhin said", "Kozhine said") or a courtesy title — and the variant must stand as a surname (alone, or after the first name or a title), not inside another name ("Staten Island"); people with different first names are never compared, and first names are never variants. Plurals, possessives and feminine forms ("Ivanov" / "Ivanova") are not variants. The quick fix *Use "Kozhin" everywhere* replaces every variant in one undoable edit.',
    example: 'Vladimir Kozhin spoke first. Kozhin said the talks would resume, and Kozhine added a warning.',
    span: 'Kozhine',
    explanation: 'The draft spells the aide\'s name "Kozhin" twice and "Kozhine" once: check the spelling and use one throughout.',
  },
  'title-inconsistent': {
    flagged: 'A person given different titles in one draft: a rank word added or dropped ("Foreign Minister Sergei Lavrov" … "Deputy Foreign Minister Lavrov") or a different title altogether ("Gen. Ann Roe" … "Col. Roe"). Abbreviations and their full forms agree ("Sen." / "Senator"), courtesy titles ("Mr.", "Ms.") are not titles, and a shortened title ("Minister Lavrov") is not a change. A title is read after an organisation or a nationality ("Harbour Board Chairman Ines Marlow"); when two people share a surname, "Secretary Brandt" is the one whose title names the same office.',
    example: 'Foreign Minister Sergei Lavrov met the envoy. Deputy Foreign Minister Lavrov later left.',
    span: 'Deputy Foreign Minister Lavrov',
    explanation: 'Lavrov is foreign minister in one sentence and deputy foreign minister in the next.',
  },
  'name-second-reference': {
    flagged: 'Newsroom style on references to people: a bare surname used before the full name was given, or the full name repeated after it was given (when the draft also uses the bare surname). A hint: headlines are not checked.',
    example: 'Ortiz spoke first. Mayor Lena Ortiz then took questions.',
    span: 'Ortiz',
    explanation: 'The reader meets "Ortiz" before learning who she is: give the full name on first reference.',
  },
  'link-placeholder': {
    flagged: 'A link whose target is a placeholder: `#`, empty, `TODO`, or an example.com address.',
    example: 'The figures come from the [city audit](#).',
    span: '[city audit](#)',
    explanation: 'The link does not lead to the audit yet.',
  },
  'link-insecure': {
    flagged: 'A source link that uses plain `http://`.',
    example: 'The figures come from the [city audit](http://records.rivertown.gov/audit-2024).',
    span: '[city audit](http://records.rivertown.gov/audit-2024)',
    explanation: 'Readers should be sent to the https:// address if the site has one.',
  },
  'source-missing': {
    flagged: 'A paragraph with quotes or attributions and no source link at all: one hint per paragraph, over the paragraph, listing everything in the paragraph that needs a source. Wire copy, where nearly every paragraph attributes, can switch it off with `"preset": "wire"` in `.factdesk.json` (or the `factdesk.preset` setting).',
    example: 'Inspectors found rust on four of the six cables, the transport office said, and "more will be found," a union official told reporters.',
    span: 'Inspectors found rust on four of the six cables, the transport office said, and "more will be found," a union official told reporters.',
    explanation: 'One hint lists the attribution to the transport office and the quote from the union official; nothing in the paragraph links either statement.',
  },
};

const SEVERITY_WORDS = { error: 'an error', warning: 'a warning', info: 'information', hint: 'a hint' } as const;

export function renderRulePage(code: RuleCode): string {
  const rule = RULES[code];
  const ex = RULE_EXAMPLES[code];
  const lines = [
    `# \`${code}\`: ${rule.title}`,
    '',
    `Kind: **${rule.kind}** · Default severity: **${rule.severity}** (reported as ${SEVERITY_WORDS[rule.severity]})`,
    '',
    '## What is flagged',
    '',
    ex.flagged,
    '',
    '## Example',
    '',
    ex.dateline ? `In a story dated ${ex.dateline}:` : 'In a draft:',
    '',
    ...ex.example.split('\n').map((l) => `> ${l}`),
    '',
    ...(ex.source ? [`With the source \`${ex.source.path}\`:`, '', ...ex.source.text.split('\n').map((l) => `> ${l}`), ''] : []),
    `Flagged: \`${ex.span}\`. ${ex.explanation}`,
    '',
    '## What to check',
    '',
    rule.check,
    '',
    '## Turning it off or changing its severity',
    '',
    `- For one line, put \`<!-- factdesk-disable-next-line ${code} -->\` on the line before it; for a passage (a pasted transcript, a sidebar), put \`<!-- factdesk-disable ${code} -->\` before it and \`<!-- factdesk-enable ${code} -->\` after it.`,
    `- For one draft, put an HTML comment anywhere in it: \`<!-- factdesk-disable ${code} -->\`, with no \`factdesk-enable\` after it (several codes may follow, separated by spaces; none means every rule). ${
      code === rule.kind
        ? `\`${code}\` is also the name of the kind, so this comment switches off every ${rule.kind} rule; to drop only this one, use the settings below.`
        : `\`<!-- factdesk-disable ${rule.kind} -->\` switches off every ${rule.kind} rule.`
    }`,
    `- For a newsroom, in \`.factdesk.json\` at the workspace root: \`{ "rules": { "${code}": "off" } }\`, or a severity instead of \`"off"\`: \`"error"\`, \`"warning"\`, \`"info"\`, \`"hint"\`.`,
    `- In VS Code settings: \`"factdesk.rules": { "${code}": "off" }\`; \`"factdesk.kinds.${rule.kind}": false\` turns off the whole kind.`,
    `- On the command line: \`factdesk check --config team.json drafts/\` with the same \`rules\` object. An \`error\` fails the run by default; \`--fail-on warning\` fails on warnings too.`,
    '',
  ];
  return lines.join('\n');
}

/** Path of the index page that lists every kind with its rules. */
export const RULE_INDEX_PATH = 'docs/rules/README.md';

/** docs/rules/README.md: every kind, in catalogue order, with its rules, severities and what to check. */
export function renderRuleIndex(): string {
  const lines = ['# Rules', '', 'Every finding has a kind and a rule code. This index and the rule pages are generated from the catalogue in `src/core/claims.ts` by `npm run docs:rules`.', ''];
  for (const kind of KINDS) {
    lines.push(`## ${CLAIM_KINDS[kind].heading} (\`${kind}\`)`, '', `Setting: \`"factdesk.kinds.${kind}": false\` turns every rule below off.`, '');
    for (const code of rulesOfKind(kind)) {
      lines.push(`- [\`${code}\`](${ruleDocPath(code).slice('docs/rules/'.length)}) (${RULES[code].severity}): ${RULES[code].title}. ${RULES[code].check}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
