package fr.relanceiae.directory;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The reference codes a structure or an activity may name, as the rules check them. */
public record DirectoryReferences(Set<String> departments, Set<String> sectors, Set<String> labels,
        Set<String> networks, Function<String, Optional<String>> departmentOfPostCode) {
}
