/**
 * Settings of the page and feed fetcher: MATCHCUT_ALLOW_PRIVATE_URLS (comma-separated
 * addresses or CIDRs the fetcher may reach although they are private) and MATCHCUT_FEEDS_CRON
 * (when a running bot syncs the feeds).
 */
import { isIP } from 'node:net';
import { Cron } from 'croner';
import { z } from 'zod';

/** "127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8" → whether it is an address or a CIDR block. */
export function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, extra] = entry.split('/');
  if (address === undefined || extra !== undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/u.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export const addressListSchema = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  )
  .superRefine((entries, context) => {
    for (const entry of entries) {
      if (!isAddressOrCidr(entry)) {
        context.addIssue({
          code: 'custom',
          message:
            `"${entry}" is not an address or CIDR; ` +
            'write addresses or blocks such as 127.0.0.1 or 10.0.0.0/8, comma-separated',
        });
      }
    }
  });

export const feedsCronSchema = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()
  .superRefine((value, context) => {
    if (value === undefined) return;
    try {
      new Cron(value, { paused: true }).stop();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      context.addIssue({
        code: 'custom',
        message: `"${value}" is not a cron pattern (${reason}); e.g. "0 * * * *" is hourly`,
      });
    }
  });
