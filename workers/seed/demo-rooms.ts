/**
 * Demo organisations for `npm start` and the e2e suite: two tenants, so isolation is visible.
 * Every display uses the demo calendar, a deterministic schedule read on the tablet. Acme reports
 * occupancy exactly, so a finder visibly changes the moment a tablet does (the live-update tests
 * rely on it); Globex keeps the default every new organisation gets, quarter-hour reporting.
 */
export const DEMO_ORGS = [
  {
    id: "org_acme",
    slug: "acme",
    name: "Acme Offices",
    lang: "en" as const,
    occupancyReporting: "exact" as const,
    admin: "rooms@acme.test",
    member: "member@acme.test",
    rooms: [
      { name: "Atlas", capacity: "8", floor: "1", building: "North", equipment: "screen, video, whiteboard" },
      { name: "Borealis", capacity: "4", floor: "1", building: "North", equipment: "screen" },
      { name: "Cassiopeia", capacity: "12", floor: "2", building: "North", equipment: "screen, video, whiteboard, accessible" },
      { name: "Draco", capacity: "2", floor: "2", building: "North", equipment: "phone" },
      { name: "Eridanus", capacity: "20", floor: "3", building: "North", equipment: "screen, video, accessible" },
      { name: "Fornax", capacity: "6", floor: "3", building: "North", equipment: "whiteboard" },
    ],
  },
  {
    id: "org_globex",
    slug: "globex",
    name: "Globex Paris",
    lang: "fr" as const,
    occupancyReporting: "quarter_hour" as const,
    admin: "salles@globex.test",
    member: "membre@globex.test",
    rooms: [
      { name: "Seine", capacity: "10", floor: "4", building: "Opéra", equipment: "screen, video" },
      { name: "Marne", capacity: "4", floor: "4", building: "Opéra", equipment: "screen" },
      { name: "Loire", capacity: "6", floor: "5", building: "Opéra", equipment: "whiteboard" },
    ],
  },
];
