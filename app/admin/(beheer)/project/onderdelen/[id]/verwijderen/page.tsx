import type { Metadata } from "next";
import { RemoveProjectPart } from "@/components/admin/remove-project-part";

export const metadata: Metadata = { title: "Onderdeel verwijderen?" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function RemoveOnderdeelPage(props: Props) {
  return <RemoveProjectPart kind="onderdeel" {...props} />;
}
