import { formatSessionTime } from "@/lib/time";

export function SessionTime({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }) {
  return <time dateTime={startsAt.toISOString()}>{formatSessionTime(startsAt, endsAt)}</time>;
}
