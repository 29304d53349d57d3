/**
 * `/profile offer:` and `need:` autocomplete: what the member types (a skill, role, jargon or an
 * abbreviation, in any language, or its first letters) is looked up in the core's taxonomy; the
 * choices are the entries' labels in the member's Discord language (or the one typed), at most 25,
 * and their value is the entry's id, which /profile stores on the profile.
 */
import type { AutocompleteInteraction } from 'discord.js';
import type { TaxonomyChoice } from '../../../src/index.js';
import { profileNeedOption, profileOfferOption } from '../commands.js';
import type { DiscordContext } from '../discord-context.js';

/** Discord: at most 25 choices, names and values of 1–100 characters. */
export const autocompleteLimits = { choices: 25, nameLength: 100, valueLength: 100 } as const;

/** "컴포지팅 (compositing)": the label, and the English one beside a label in another language. */
export function choiceName(choice: TaxonomyChoice): string {
  const name = choice.label === choice.englishLabel ? choice.label : `${choice.label} (${choice.englishLabel})`;
  return name.length <= autocompleteLimits.nameLength ? name : `${name.slice(0, autocompleteLimits.nameLength - 1)}…`;
}

export async function profileAutocomplete(
  interaction: AutocompleteInteraction,
  context: DiscordContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== profileOfferOption && focused.name !== profileNeedOption) {
    await interaction.respond([]);
    return;
  }
  try {
    const found = await context.core.taxonomy.search(String(focused.value).slice(0, 200), {
      language: interaction.locale,
      limit: autocompleteLimits.choices,
    });
    const choices = found
      .filter((choice) => choice.id.length <= autocompleteLimits.valueLength)
      .slice(0, autocompleteLimits.choices)
      .map((choice) => ({ name: choiceName(choice), value: choice.id }));
    await interaction.respond(choices);
  } catch (error) {
    context.failureOf(error, 'suggesting taxonomy entries');
    await interaction.respond([]).catch(() => undefined);
  }
}
