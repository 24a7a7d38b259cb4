-- API keys get scopes, an optional expiry (issue 8, item 12). Keys that exist before the upgrade
-- keep doing everything they could: they get every scope.

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "scopes" TEXT[];

UPDATE "ApiKey" SET "scopes" = ARRAY['leads:read', 'leads:write', 'routing:read', 'routing:write', 'bookings:write', 'webhooks:write'];
