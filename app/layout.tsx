import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Online sessies over co-creatie in het publieke domein",
    template: "%s | Online sessies co-creatie",
  },
  description:
    "Online sessies over co-creatie in de publieke dienstverlening, door Hogeschool Utrecht en Kennisplatform Utrecht Sociaal.",
  applicationName: "Online sessies co-creatie",
};

export const viewport: Viewport = { themeColor: "#a5002a", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body>{children}</body>
    </html>
  );
}
