-- Each lead keeps the name and company it was given (issue 8, item 11): an anonymous submission
-- used to rewrite the Person, so every earlier lead of that person showed the new values.

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "contactCompany" TEXT,
ADD COLUMN     "contactName" TEXT;

-- Existing leads keep what they show today.
UPDATE "Lead" l SET "contactName" = p.name, "contactCompany" = p.company FROM "Person" p WHERE l."personId" = p.id;
