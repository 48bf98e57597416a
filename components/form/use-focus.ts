"use client";

import { useEffect, useRef } from "react";

/**
 * Focuses the element this ref is given to whenever `key` changes, so a screen reader reads the
 * message that just appeared. Give the element tabIndex={-1} and autoFocus too: the attribute does
 * it without JavaScript, and React itself only autofocuses form controls.
 */
export function useFocus<T extends HTMLElement>(key: unknown) {
  const element = useRef<T>(null);
  useEffect(() => element.current?.focus(), [key]);
  return element;
}
