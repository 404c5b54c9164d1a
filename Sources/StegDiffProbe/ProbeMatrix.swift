// The experiment's design: named environment variables and their values, crossed into cells.

/// One environment variable of the matrix and the values it takes (`TZ=UTC,Asia/Shanghai`).
public struct MatrixVariable: Sendable, Hashable {
    /// The variable's name; it is also the label of every capture of the run.
    public var name: String
    /// Its values, in the order given (duplicates removed).
    public var values: [String]

    /// Creates a variable.
    public init(name: String, values: [String]) {
        self.name = name
        var seen = Set<String>()
        self.values = values.filter { seen.insert($0).inserted }
    }

    /// Reads `NAME=V1,V2,...`; a value may be empty (`TZ=,UTC`: unset is not the same as empty,
    /// so an empty value sets the variable to the empty string); a failure saying why when malformed.
    public static func parse(_ text: String) -> Result<MatrixVariable, MatrixError> {
        guard let equals = text.firstIndex(of: "=") else { return .failure(MatrixError("\(text): expected NAME=V1,V2,...")) }
        let name = String(text[..<equals])
        guard !name.isEmpty, name.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
              !(0x30...0x39).contains(name.utf8.first!) else {
            return .failure(MatrixError("\(text): the name must be an environment variable name (letters, digits, _)"))
        }
        let values = text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return .success(MatrixVariable(name: name, values: values))
    }
}

/// Why a matrix could not be read.
public struct MatrixError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong.
    public var description: String
    /// Creates an error.
    public init(_ description: String) { self.description = description }
}

/// The matrix: variables crossed into cells, each run `repeat` times after one control run.
public struct ProbeMatrix: Sendable, Hashable {
    /// The variables, in the order given; a name given twice is an error.
    public let variables: [MatrixVariable]

    /// Creates a matrix; throws when a variable is named twice or has no value.
    public init(_ variables: [MatrixVariable]) throws(MatrixError) {
        var names = Set<String>()
        for variable in variables {
            guard names.insert(variable.name).inserted else { throw MatrixError("--matrix \(variable.name) is given twice") }
            // The probe's own labels: a variable of that name would be confused with them.
            guard !ProbeMatrix.reservedNames.contains(variable.name) else {
                throw MatrixError("--matrix \(variable.name): the name is one of the probe's own labels (\(ProbeMatrix.reservedNames.sorted().joined(separator: ", ")))")
            }
            guard !variable.values.isEmpty else { throw MatrixError("--matrix \(variable.name) has no value") }
        }
        self.variables = variables
    }

    /// Every cell of the cross product, the first variable varying slowest: each cell assigns one
    /// value to every variable, `[(name, value)]` in matrix order. No variables: one empty cell.
    public var cells: [[(name: String, value: String)]] {
        var result: [[(name: String, value: String)]] = [[]]
        for variable in variables {
            result = result.flatMap { cell in variable.values.map { cell + [(variable.name, $0)] } }
        }
        return result
    }

    /// Labels the probe sets itself on every capture, which no matrix variable may be called.
    public static let reservedNames: Set<String> = ["host", "path", "run", "id"]

    /// Number of cells (the product of the value counts).
    public var cellCount: Int { variables.reduce(1) { $0 * $1.values.count } }
}
