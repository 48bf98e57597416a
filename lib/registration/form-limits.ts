import { ipLimitKey } from "../client-ip";
import type { Env } from "../env";
import type { Limit } from "../rate-limit";
import { emailKey } from "./email-key";

export type PublicForm = "register" | "lost-link";

type LimitConfig = Pick<Env, "RATE_LIMIT_PER_IP" | "RATE_LIMIT_PER_EMAIL" | "rateLimitWindows">;

/**
 * The limits one valid submission of a public form counts against: its IP address (an IPv6
 * address by its /64) and its e-mail address. The per-IP limit is generous, because a whole
 * office or municipality often reaches the site through one address.
 */
export function formLimits(config: LimitConfig, form: PublicForm, by: { ip: string; email: string }): Limit[] {
  return [
    { key: `${form}:ip:${ipLimitKey(by.ip)}`, max: config.RATE_LIMIT_PER_IP, windowSeconds: config.rateLimitWindows.ip },
    { key: `${form}:email:${emailKey(by.email)}`, max: config.RATE_LIMIT_PER_EMAIL, windowSeconds: config.rateLimitWindows.email },
  ];
}
