// The demo workspace's published routing: nurture (tier, or the form's early nurture end) and
// disqualified tiers first, APAC leads to the
// APAC team, 200+ companies to Enterprise (industry match preferred, available now, capacity,
// lightest pipeline, account ownership), everything else round-robin in Inside Sales; the
// manager's backup queue catches what no rep can take.
import { DEFAULT_SEGMENT_RANGES } from "../../server/domain/routing/lead-attributes";
import type { TRoutingConfigInput } from "../../server/domain/routing/routing-config";

export function demoRoutingConfig(ids: { teams: Record<string, string>; managerUserId: string }): TRoutingConfigInput {
  const team = (name: string) => {
    const id = ids.teams[name];
    if (!id) throw new Error(`demo team ${name} missing`);
    return id;
  };
  return {
    paths: [
      // The form's "small and exploring" early end promises a guide by email: those leads are
      // nurtured whatever their score (before the Disqualified path), like the nurture tier.
      {
        id: "nurture",
        name: "Nurture",
        when: {
          kind: "group",
          op: "or",
          conditions: [
            { kind: "rule", ref: "tier", operator: "equals", value: "nurture" },
            {
              kind: "group",
              op: "and",
              conditions: [
                { kind: "rule", ref: "answers.company_size", operator: "equals", value: "1-19" },
                { kind: "rule", ref: "answers.start_when", operator: "equals", value: "just_exploring" },
              ],
            },
          ],
        },
        destination: { type: "nurture" },
      },
      { id: "disqualified", name: "Disqualified", when: { kind: "rule", ref: "tier", operator: "equals", value: "disqualified" }, destination: { type: "disqualify" } },
      {
        id: "apac",
        name: "APAC",
        description: "Asia-Pacific leads go to the APAC team when someone there is working.",
        when: { kind: "rule", ref: "lead.region", operator: "equals", value: "apac" },
        destination: { type: "team", teamId: team("APAC"), strategy: { filters: [{ type: "available_now" }, { type: "capacity" }], chooser: { type: "least_loaded" } } },
      },
      {
        id: "enterprise",
        name: "Enterprise",
        description: "Companies of 200+ people go to enterprise closers, industry experience first.",
        when: { kind: "rule", ref: "answers.company_size", operator: "is_any_of", value: ["200-999", "1000-4999", "5000+"] },
        destination: {
          type: "team",
          teamId: team("Enterprise"),
          strategy: {
            filters: [{ type: "match", field: "industry", mode: "preferred" }, { type: "available_now" }, { type: "capacity" }],
            chooser: { type: "least_loaded" },
            accountOwnership: true,
          },
        },
      },
      {
        id: "inbound",
        name: "Inbound",
        description: "Everyone else: round-robin in Inside Sales, reps at work first.",
        when: { kind: "group", op: "and", conditions: [] },
        destination: { type: "team", teamId: team("Inside Sales"), strategy: { filters: [{ type: "available_now", mode: "preferred" }, { type: "capacity" }], chooser: { type: "round_robin", variant: "strict" } } },
      },
    ],
    fallback: { ownerUserId: ids.managerUserId, queueName: "Morgan's backup queue" },
    attributes: { industry: { field: "industry" }, region: { field: "region" }, segment: { field: "company_size", ranges: DEFAULT_SEGMENT_RANGES } },
    policies: { sla: { remindAfterMinutes: 5, reassignAfterMinutes: 15 }, review: { minValue: 150000, windowMinutes: 30, reviewerUserId: ids.managerUserId } },
  };
}
