package org.victimcompensation.process;

import java.util.Collection;
import java.util.Set;

/**
 * What the engine remembers of claims' processes (claim review and payment reissues, both keyed by
 * the claim reference), for the retention purge. Every call joins the caller's transaction.
 */
public interface ProcessHistory {

    /** The references, of those given, whose claim still has a running process: their history stays. */
    Set<String> withRunningProcess(Collection<String> claimReferences);

    /**
     * Deletes everything the engine's history holds on the finished processes of these claims:
     * instances, activities, tasks, variables, decisions taken in them, job logs, operation log.
     * Returns how many process instances were forgotten; refuses (and deletes nothing) when one of
     * them is still running.
     */
    int forget(Collection<String> claimReferences);
}
