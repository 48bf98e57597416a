"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** Disabled while the erasure is under way, so a double click sends once. */
export function EraseButton({ className, children }: { className: string; children: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending}>
      {pending ? "Bezig met verwijderen…" : children}
    </button>
  );
}
