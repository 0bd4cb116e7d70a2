// English texts of the language area (see Catalog.swift for the format; Chinese in zh/CatalogZhLanguage.swift).

extension Catalog {
    static let enLanguage: [String: String] = [
        // MARK: binding: names
        "name.unknown_operator": "unknown operator {1}",
        "name.aggregate_outside_agg": "{1}() adds up many rows and belongs in agg",
        "hint.bind.aggregate_in_agg": "e.g. agg 合计 = {1}(…)",
        "name.unknown_function": "unknown function {1}",
        "hint.bind.help_functions": "help functions lists them",
        "name.nested_aggregate": "{1}() cannot be nested inside another aggregate",
        "name.aggregate_arity": "{1} takes one column",
        // MARK: binding: types
        "type.negate_non_number": "- needs a number; this is {1}",
        "type.list_not_plain": "a list after in holds plain values",
        "type.expected_condition": "expected a condition, found a {1} value",
        "hint.bind.compare_it": "compare it, e.g. x == 1",
        "type.incomparable": "cannot compare {1} with {2}",
        "hint.bind.quote_the_value": "put the value in quotes",
        "hint.bind.numbers_without_quotes": "numbers are written without quotes",
        "hint.bind.same_kind": "compare values of the same kind",
        "type.not_a_date": "'{1}' is not a date",
        "hint.bind.write_dates": "write dates as \"2022-06-08\"",
        "type.operator_mismatch": "{1} does not apply to {2} and {3}",
        "type.arity": "{1} takes {2} argument(s)",
        "count.range": "{1} to {2}",
        "type.function_argument": "{1}",
        "internal.aggregate_result": "aggregate {1} has no result to bind to",
    ]
}
