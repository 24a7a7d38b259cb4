-- AddForeignKey
ALTER TABLE "NurtureEnrollment" ADD CONSTRAINT "NurtureEnrollment_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE CASCADE ON UPDATE CASCADE;
