// The demo workspace's people, from the story the product exists for: Sarah closes enterprise
// SaaS deals (financial services, New York), Tom is the SMB specialist, Kenji covers APAC from
// Tokyo, Maya works inside sales; a manager, a marketer, an admin and an owner run the team.
import type { Prisma } from "../../server/db/generated/client";

export const DEMO_PASSWORD = "switchboard-demo";
export const DEMO_WORKSPACE = { slug: "demo", name: "Demo Co" };

type TRole = "OWNER" | "ADMIN" | "MARKETER" | "MANAGER" | "REP";
type TRepSeed = Omit<Prisma.RepProfileCreateManyInput, "workspaceId" | "userId" | "id"> & {
  teams: string[];
  outOfOffice?: { startsInDays: number; days: number; note: string };
  /** Weekday meetings (local "HH:MM" in the rep's zone) cached as calendar busy blocks for the next two weeks. */
  weekdayMeetings?: { start: string; end: string; title: string }[];
};

export interface TDemoPerson {
  key: string;
  name: string;
  email: string;
  role: TRole;
  rep?: TRepSeed;
}

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

export const DEMO_TEAMS = [
  { name: "Enterprise", description: "Closers for 200+ employee accounts and six-figure deals" },
  { name: "Inside Sales", description: "Fast response for SMB and mid-market inbound" },
  { name: "APAC", description: "Asia-Pacific accounts, Tokyo and Singapore hours" },
];

export const DEMO_PEOPLE: TDemoPerson[] = [
  { key: "owner", name: "Olivia Owner", email: "owner@demo.switchboard.dev", role: "OWNER" },
  { key: "admin", name: "Alex Admin", email: "admin@demo.switchboard.dev", role: "ADMIN" },
  { key: "manager", name: "Morgan Manager", email: "manager@demo.switchboard.dev", role: "MANAGER" },
  { key: "marketer", name: "Mia Marketer", email: "marketer@demo.switchboard.dev", role: "MARKETER" },
  {
    key: "sarah",
    name: "Sarah Chen",
    email: "sarah@demo.switchboard.dev",
    role: "REP",
    rep: {
      title: "Senior Enterprise Account Executive",
      seniority: "PRINCIPAL",
      skills: ["enterprise saas", "security reviews", "multi-year contracts"],
      industries: ["financial services", "insurance", "fintech"],
      segments: ["ENTERPRISE", "MID_MARKET"],
      languages: ["en"],
      regions: ["north america"],
      timeZone: "America/New_York",
      workingHours: weekdays("08:30", "17:30"),
      maxOpenLeads: 12,
      maxNewLeadsPerDay: 4,
      routingWeight: 2,
      teams: ["Enterprise"],
    },
  },
  {
    key: "tom",
    name: "Tom Becker",
    email: "tom@demo.switchboard.dev",
    role: "REP",
    rep: {
      title: "SMB Account Executive",
      seniority: "MID",
      skills: ["smb", "self-serve upgrades", "quick demos"],
      industries: ["retail", "professional services", "technology"],
      segments: ["SMB"],
      languages: ["en", "de"],
      regions: ["north america", "europe"],
      timeZone: "America/Chicago",
      workingHours: weekdays("08:00", "16:30"),
      maxOpenLeads: 10,
      maxNewLeadsPerDay: 8,
      routingWeight: 1,
      teams: ["Inside Sales"],
    },
  },
  {
    key: "kenji",
    name: "Kenji Sato",
    email: "kenji@demo.switchboard.dev",
    role: "REP",
    rep: {
      title: "Account Executive, APAC",
      seniority: "SENIOR",
      skills: ["enterprise saas", "manufacturing"],
      industries: ["manufacturing", "financial services"],
      segments: ["MID_MARKET", "ENTERPRISE"],
      languages: ["ja", "en"],
      regions: ["apac"],
      timeZone: "Asia/Tokyo",
      workingHours: weekdays("09:00", "18:00"),
      maxOpenLeads: 10,
      maxNewLeadsPerDay: 5,
      routingWeight: 1,
      teams: ["APAC"],
    },
  },
  {
    key: "priya",
    name: "Priya Patel",
    email: "priya@demo.switchboard.dev",
    role: "REP",
    rep: {
      title: "Account Executive, Mid-market & Enterprise",
      seniority: "SENIOR",
      skills: ["enterprise saas", "security reviews"],
      industries: ["healthcare", "technology"],
      segments: ["MID_MARKET", "ENTERPRISE"],
      languages: ["en", "hi"],
      regions: ["north america"],
      timeZone: "America/New_York",
      workingHours: weekdays("09:00", "17:30"),
      maxOpenLeads: 12,
      maxNewLeadsPerDay: 5,
      routingWeight: 1,
      teams: ["Enterprise"],
      // Back-to-back every weekday afternoon: "Test a lead" at 14:00 New York skips her, "in a meeting until 15:30".
      weekdayMeetings: [
        { start: "13:00", end: "14:00", title: "pipeline-review" },
        { start: "14:00", end: "15:30", title: "customer-call" },
      ],
    },
  },
  {
    key: "maya",
    name: "Maya Rodriguez",
    email: "maya@demo.switchboard.dev",
    role: "REP",
    rep: {
      title: "Inside Sales Representative",
      seniority: "JUNIOR",
      skills: ["smb", "inbound qualification"],
      industries: ["technology", "healthcare"],
      segments: ["SMB", "MID_MARKET"],
      languages: ["en", "es"],
      regions: ["north america", "latam"],
      timeZone: "America/Los_Angeles",
      workingHours: weekdays("07:00", "15:30"),
      maxOpenLeads: 8,
      maxNewLeadsPerDay: 6,
      routingWeight: 1,
      teams: ["Inside Sales"],
      outOfOffice: { startsInDays: 14, days: 5, note: "Holiday" },
    },
  },
];
