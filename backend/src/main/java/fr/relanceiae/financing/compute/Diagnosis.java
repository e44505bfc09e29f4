package fr.relanceiae.financing.compute;

import java.util.List;

/** Everything computed for a diagnostic: the figures as shown and the recommendations, in rule order. */
public record Diagnosis(DiagnosticFigures figures, List<Recommendation> recommendations) {

    public Diagnosis {
        recommendations = List.copyOf(recommendations);
    }
}
