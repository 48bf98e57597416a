import type { Metadata } from "next";
import { RemoveProjectPart } from "@/components/admin/remove-project-part";

export const metadata: Metadata = { title: "Onderzoeker verwijderen?" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function RemoveOnderzoekerPage(props: Props) {
  return <RemoveProjectPart kind="onderzoeker" {...props} />;
}
