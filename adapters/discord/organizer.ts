/**
 * Who may send digests: members with the organizer role (DISCORD_ORGANIZER_ROLE) or the Manage
 * Server permission. Checked at run time from the interaction itself, because a command's
 * `default_member_permissions` is only a default that server admins can change.
 */
import { type APIInteractionGuildMember, GuildMember, PermissionFlagsBits, type PermissionsBitField } from 'discord.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';

export interface OrganizerCheckInput {
  member: GuildMember | APIInteractionGuildMember | null;
  /** The member's permissions in the channel, as Discord sent them with the interaction. */
  memberPermissions: Readonly<PermissionsBitField> | null;
  organizerRoleId: string | undefined;
}

export function isOrganizer({ member, memberPermissions, organizerRoleId }: OrganizerCheckInput): boolean {
  if (member === null) return false;
  // `has` counts Administrator as every permission.
  if (memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true) return true;
  if (organizerRoleId === undefined) return false;
  const roles = member instanceof GuildMember ? [...member.roles.cache.keys()] : member.roles;
  return roles.includes(organizerRoleId);
}

export function describeOrganizers(organizerRoleId: string | undefined, locale: Locale = defaultLocale): string {
  return organizerRoleId === undefined
    ? translate(locale, 'discordOrganizersManageServer')
    : translate(locale, 'discordOrganizersRole', { role: `<@&${organizerRoleId}>` });
}
