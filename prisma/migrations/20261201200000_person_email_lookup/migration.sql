-- diff:ignore-start
-- A person's leads are found by email case-insensitively (lower(email) = lower($1)) while a lead
-- is routed, under the workspace routing lock: whether the person has an active nurture
-- enrolment (the routing read) and which enrolments a routed lead ends. Without this index each
-- lookup read every person of the workspace (a 42,000-person workspace: 17 ms for one email,
-- 236 ms for a group-commit batch of four). Prisma's schema cannot express an expression index.
CREATE INDEX "Person_workspaceId_lower_email_idx" ON "Person" ("workspaceId", lower("email"));
-- The index's expression gets statistics only when the table is analysed; without them the
-- planner guesses how many people one email matches and may still read them all.
ANALYZE "Person";
-- diff:ignore-end
