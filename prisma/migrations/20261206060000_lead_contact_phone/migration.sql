-- Lead."contactPhone": the phone of a contact an API key sends without an email (POST /api/v1/leads
-- `person: { name, phone }`, a CRM contact). People are matched by email, so such a contact gets no
-- Person row: its name and company go to contactName / contactCompany (as an answers-only lead's
-- do) and its phone here. Null for a lead with a person (its phone is Person.phone) and for leads
-- stored before this migration.
ALTER TABLE "Lead" ADD COLUMN     "contactPhone" TEXT;
