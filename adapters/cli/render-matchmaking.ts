/**
 * The matchmaking results as terminal text and as JSON: matches (with reasons for both sides
 * and their sources), profiles, digests and the organizer report.
 */
import type {
  Digest,
  Match,
  OrganizerReport,
  PartnerSearchResult,
  Profile,
  Suggestion,
  UnplacedPhrase,
} from '../../src/index.js';

const percent = (value: number) => value.toFixed(2);

/** Plain-text rendering of one match (also used for digest suggestions). */
export function renderMatchText(match: Match | Suggestion, position: number): string[] {
  const lines: string[] = [];
  const id = 'id' in match ? `  [${match.id}]` : '';
  lines.push(
    `${position}. ${match.a.name} (${match.a.kind}) ↔ ${match.b.name} (${match.b.kind}) — score ` +
      `${percent(match.score)} (for ${match.a.name} ${percent(match.scoreForA)}, for ${match.b.name} ` +
      `${percent(match.scoreForB)})${id}`,
  );
  for (const reason of match.reasons) {
    const who = reason.side === 'a' ? `for ${match.a.name}` : reason.side === 'b' ? `for ${match.b.name}` : 'both';
    const marks = (reason.citationNumbers ?? []).map((n) => `[${n}]`).join('');
    lines.push(`   ${who}: ${reason.text}${marks === '' ? '' : ` ${marks}`}`);
  }
  for (const citation of match.citations) {
    lines.push(`   [${citation.n}] ${citation.title} — “${citation.quote}”`);
  }
  return lines;
}

export function matchToJson(match: Match | Suggestion) {
  return {
    ...('id' in match ? { id: match.id } : {}),
    a: { id: match.a.id, name: match.a.name, kind: match.a.kind },
    b: { id: match.b.id, name: match.b.name, kind: match.b.kind },
    score: match.score,
    scoreForA: match.scoreForA,
    scoreForB: match.scoreForB,
    reasons: match.reasons,
    citations: match.citations,
  };
}

export function renderProfile(profile: Profile): string[] {
  const place = [profile.city, profile.country].filter((part) => part !== undefined).join(', ');
  const lines = [
    `${profile.name} (${profile.kind}${place === '' ? '' : `, ${place}`}) — id ${profile.id}, from ${profile.origin}`,
  ];
  if (profile.aliases.length > 0) lines.push(`  also known as: ${profile.aliases.join('; ')}`);
  if (profile.languages.length > 0) lines.push(`  languages: ${profile.languages.join(', ')}`);
  if (profile.description !== '') lines.push(`  ${profile.description}`);
  for (const offer of profile.offers) lines.push(`  offers: ${offer}`);
  for (const need of profile.needs) lines.push(`  needs: ${need}`);
  if (profile.affiliations.length > 0) lines.push(`  part of: ${profile.affiliations.join('; ')}`);
  if (profile.contact !== undefined) lines.push(`  contact: ${profile.contact}`);
  for (const source of profile.sources) lines.push(`  source ${source.articleId}: “${source.quote}”`);
  return lines;
}

export function renderDigest(digest: Digest): string[] {
  const lines = [
    `Digest ${digest.id} (${digest.createdAt}${digest.channel ? `, ${digest.channel}` : ''}): ` +
      `${digest.suggestions.length} suggestion(s)`,
  ];
  digest.suggestions.forEach((suggestion, index) => {
    lines.push(...renderMatchText(suggestion, index + 1));
  });
  if (digest.suggestions.length === 0) {
    lines.push(
      'No new suggestions: every good pair was suggested recently, declined or already introduced (use --repeat to ' +
        'allow repeats).',
    );
  }
  if (digest.unmetNeeds.length > 0) {
    lines.push('Needs nobody here can meet:');
    for (const unmet of digest.unmetNeeds) lines.push(`  - ${unmet.profile.name}: ${unmet.need}`);
  }
  lines.push('Answer with: matchcut feedback <id> interested|not-a-fit|know --party a|b');
  return lines;
}

export function renderReport(report: OrganizerReport): string[] {
  const lines = [
    `digests: ${report.digests}`,
    `suggested: ${report.suggested}`,
    `interested: ${report.interested}`,
    `introduced: ${report.introduced}`,
    `declined: ${report.declined}`,
    `already known: ${report.alreadyKnown}`,
    `unmet needs: ${report.unmetNeeds.length}`,
  ];
  for (const unmet of report.unmetNeeds) lines.push(`  - ${unmet.profile.name}: ${unmet.need}`);
  lines.push(...renderUnplaced(report.unplacedPhrases));
  return lines;
}

/** Offer and need phrases the lexicon cannot place, for organizers to reword (or to grow the taxonomy). */
export function renderUnplaced(phrases: readonly UnplacedPhrase[]): string[] {
  if (phrases.length === 0) return [];
  const lines = [`phrases the taxonomy cannot place: ${phrases.length} (they are not matched)`];
  for (const entry of phrases) lines.push(`  - ${entry.profile.name} (${entry.side}): “${entry.phrase}”`);
  return lines;
}

/** The organizations that meet what a partner-seeking question asks for. */
export function renderPartners(result: PartnerSearchResult): string[] {
  const what = result.needs.map((need) => need.label).join(', ') || 'what you asked';
  const where = result.place === undefined ? '' : ` in ${result.place}`;
  if (result.partners.length === 0) {
    return [
      `No organization here offers ${what}${where} yet (organizers add profiles with \`matchcut profiles import\`).`,
    ];
  }
  const lines = [`Organizations that offer ${what}${where}:`];
  result.partners.forEach((partner, index) => {
    lines.push(`${index + 1}. ${partner.profile.name} (${partner.profile.kind}) — ${partner.score.toFixed(2)}`);
    for (const reason of partner.reasons) lines.push(`   ${reason.text}`);
  });
  return lines;
}
