-- CreateTable
CREATE TABLE "LearnedOutcomeCounter" (
    "workspaceId" TEXT NOT NULL,
    "poolId" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "segmentKey" TEXT NOT NULL,
    "week" INTEGER NOT NULL,
    "successes" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnedOutcomeCounter_pkey" PRIMARY KEY ("workspaceId","poolId","definition","repId","segmentKey","week")
);
