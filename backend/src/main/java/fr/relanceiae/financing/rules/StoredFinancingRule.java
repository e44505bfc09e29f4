package fr.relanceiae.financing.rules;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import fr.relanceiae.shared.persistence.VersionedEntity;

/**
 * One recommendation rule as an admin stored it (V28): its JSON {@link #definition} in the
 * language of {@link fr.relanceiae.financing.compute.RuleParser}, its place in the list and
 * whether it is in force.
 */
@Entity
@Table(name = "financing_rule")
public class StoredFinancingRule extends VersionedEntity {

    @Id
    public UUID id;

    /** The definition's code too, kept apart for its unique index. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean active = true;

    /** {@code {"code", "label", "instrument", "condition", "amount"}} as text, stored as jsonb. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String definition;

    public static List<StoredFinancingRule> inOrder() {
        return list("order by position, code");
    }
}
