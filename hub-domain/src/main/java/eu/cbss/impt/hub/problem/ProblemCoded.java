package eu.cbss.impt.hub.problem;

/** An exception that says which problem it is; the API answers with its code and status. */
public interface ProblemCoded {
    ProblemCode problemCode();
}
