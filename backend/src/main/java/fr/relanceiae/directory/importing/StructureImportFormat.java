package fr.relanceiae.directory.importing;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.CodeName;

/** How a structure file is written: its rules and its columns, with the values each accepts. */
@Schema(name = "StructureImportFormat")
public record StructureImportFormat(
        @Schema(required = true, description = "How the file is read, in French sentences") List<String> rules,
        @Schema(required = true, description = "Every column, in the order an export writes them") List<Column> columns) {

    @Schema(name = "StructureImportColumn")
    public record Column(
            @Schema(required = true, description = "The header of the import layout", examples = "kind") String code,
            @Schema(required = true, description = "The French header (the readable export's), read as well",
                    examples = "Type de structure") String header,
            @Schema(required = true, description = "Whether every file must have it") boolean required,
            @Schema(required = true, description = "What the column holds, in French") String description,
            @Schema(required = true, description = "The codes the column accepts, each with its French label "
                    + "(either is read); empty for a column of free text or numbers") List<CodeName> values) {
    }

    static final List<String> RULES = List.of(
            "Fichier CSV en UTF-8 (avec ou sans BOM) ou Windows-1252, de 50 Mo au plus.",
            "Séparateur « ; » ou « , ». La première ligne nomme les colonnes, en français ou par leur code, "
                    + "dans n'importe quel ordre (majuscules et accents indifférents).",
            "Chaque ligne crée la structure de ce SIRET ou met à jour celle qui existe. Une colonne absente du "
                    + "fichier laisse la valeur enregistrée telle quelle ; une cellule vide l'efface.",
            "Les listes séparent leurs valeurs par « | ». Un code ou un libellé est accepté indifféremment.",
            "Une valeur facultative invalide est ignorée avec un avertissement ; une ligne sans SIRET, nom ou type "
                    + "valides est rejetée (fichier des lignes rejetées à télécharger, motifs en tête).");

    static StructureImportFormat of(CsvVocabulary vocabulary) {
        return new StructureImportFormat(RULES, StructureCsv.TABLE.stream()
                .map(column -> new Column(column.code(), column.header(), column.required(), column.description(),
                        values(column.type(), vocabulary)))
                .toList());
    }

    private static List<CodeName> values(StructureCsv.CellType type, CsvVocabulary vocabulary) {
        return switch (type) {
            case KIND -> codeNames(vocabulary.kinds());
            case PRESTA_TYPES -> codeNames(vocabulary.prestaTypes());
            case GEO_RANGE -> codeNames(CsvVocabulary.geoRanges());
            case SECTORS -> codeNames(vocabulary.sectors());
            default -> List.of();
        };
    }

    private static List<CodeName> codeNames(Map<?, String> labels) {
        return labels.entrySet().stream().map(e -> new CodeName(e.getKey().toString(), e.getValue())).toList();
    }
}
