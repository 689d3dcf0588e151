using System.Globalization;
using System.Text;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Hcpcs;

/// <summary>
/// Reads the CMS HCPCS alpha-numeric file as a tab-separated table with CMS's 48 column names in a header row
/// (our lossless rendering of HCPCyyyy_MMM_ANWEB.xlsx; plain or .gz). RECID 3 rows are codes, 7 modifiers.
/// A long description may continue on further rows of the same code with a higher SEQNUM (RECID 4 / 8 in
/// CMS's record layout); those rows are joined into one description.
/// </summary>
public static class HcpcsFileReader
{
    private static readonly string[] RequiredColumns =
    [
        "HCPC", "SEQNUM", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "PRICE1", "PRICE2", "PRICE3", "PRICE4", "MULT_PI",
        "CIM1", "CIM2", "CIM3", "MCM1", "MCM2", "MCM3", "STATUTE", "LABCERT1", "LABCERT2", "LABCERT3", "LABCERT4", "LABCERT5",
        "LABCERT6", "LABCERT7", "LABCERT8", "XREF1", "XREF2", "XREF3", "XREF4", "XREF5", "COV", "ASC_GRP", "ASC_DT", "OPPS",
        "OPPS_PI", "OPPS_DT", "PROCNOTE", "BETOS", "TOS1", "TOS2", "TOS3", "TOS4", "TOS5", "ANEST_BU", "ADD DT", "ACT EFF DT",
        "TERM DT", "ACTION CD",
    ];

    public static (IReadOnlyList<HcpcsCode> Codes, IReadOnlyList<HcpcsModifier> Modifiers) Read(string path)
    {
        var codes = new List<HcpcsCode>(9_000);
        var modifiers = new List<HcpcsModifier>(400);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Columns? columns = null;
        Pending? pending = null;
        foreach (var (number, text) in DataFile.Lines(path))
        {
            if (columns is null)
            {
                columns = Columns.FromHeader(text, path, number);
                continue;
            }

            if (text.Length == 0)
            {
                continue;
            }

            var row = new Row(text.Split('\t'), columns, path, number);
            if (pending is not null && row.Code == pending.First.Code && row.SequenceNumber > pending.LastSequence)
            {
                pending.Continue(row);
                continue;
            }

            if (row.RecordId is "4" or "8")
            {
                throw row.Error($"continuation row (RECID {row.RecordId}) for {row.Code} does not follow a row of the same code");
            }

            if (!seen.Add(row.Code))
            {
                throw row.Error($"code {row.Code} appears twice");
            }

            pending?.AddTo(codes, modifiers);
            pending = new Pending(row);
        }

        if (columns is null)
        {
            throw new CodeSetFormatException(path, 1, "file is empty (expected a header row)");
        }

        pending?.AddTo(codes, modifiers);
        return (codes, modifiers);
    }

    private sealed class Pending(Row first)
    {
        private readonly StringBuilder _longDescription = new(first["LONG DESCRIPTION"]);

        public Row First { get; } = first;

        public int LastSequence { get; private set; } = first.SequenceNumber;

        public void Continue(Row row)
        {
            _longDescription.Append(' ').Append(row["LONG DESCRIPTION"]);
            LastSequence = row.SequenceNumber;
        }

        public void AddTo(List<HcpcsCode> codes, List<HcpcsModifier> modifiers)
        {
            var r = First;
            var longDescription = _longDescription.ToString();
            if (r.RecordId == "7")
            {
                modifiers.Add(new HcpcsModifier(r.Code, longDescription, r["SHORT DESCRIPTION"], r["COV"], r.Date("ADD DT"), r.Date("ACT EFF DT"), r.Date("TERM DT"), r["ACTION CD"]));
                return;
            }

            var other = new HcpcsOtherFields(
                r.List("CIM", 3), r.List("MCM", 3), r["STATUTE"], r.List("LABCERT", 8), r.List("XREF", 5), r["ASC_GRP"], r["ASC_DT"],
                r["OPPS"], r["OPPS_PI"], r["OPPS_DT"], r["PROCNOTE"], r["ANEST_BU"]);
            codes.Add(new HcpcsCode(
                r.Code, longDescription, r["SHORT DESCRIPTION"], r.List("PRICE", 4), r["MULT_PI"], r["COV"], r["BETOS"], r.List("TOS", 5),
                r.Date("ADD DT"), r.Date("ACT EFF DT"), r.Date("TERM DT"), r["ACTION CD"], other));
        }
    }

    private sealed class Columns(Dictionary<string, int> index, int count)
    {
        public int Count { get; } = count;

        public int this[string name] => index[name];

        public static Columns FromHeader(string header, string path, int line)
        {
            var names = header.Split('\t');
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                index.TryAdd(names[i].Trim(), i);
            }

            var missing = RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                throw new CodeSetFormatException(path, line, $"header lacks HCPCS column(s) {string.Join(", ", missing)}");
            }

            return new Columns(index, names.Length);
        }
    }

    private sealed class Row
    {
        private readonly string[] _fields;
        private readonly Columns _columns;
        private readonly string _path;
        private readonly int _line;

        public Row(string[] fields, Columns columns, string path, int line)
        {
            (_fields, _columns, _path, _line) = (fields, columns, path, line);
            if (fields.Length != columns.Count)
            {
                throw Error($"{fields.Length} tab-separated fields, expected {columns.Count}");
            }

            Code = this["HCPC"];
            RecordId = this["RECID"];
            if (RecordId is not ("3" or "4" or "7" or "8"))
            {
                throw Error($"RECID '{RecordId}' is not 3, 4 (code), 7 or 8 (modifier)");
            }

            var isModifier = RecordId is "7" or "8";
            if (Code.Length != (isModifier ? 2 : 5))
            {
                throw Error($"HCPC '{Code}' is not a {(isModifier ? "2-character modifier" : "5-character code")}");
            }

            if (!int.TryParse(this["SEQNUM"], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                throw Error($"SEQNUM '{this["SEQNUM"]}' is not numeric");
            }

            SequenceNumber = sequence;
        }

        public string Code { get; }

        public string RecordId { get; }

        public int SequenceNumber { get; }

        public string this[string column] => _fields[_columns[column]].Trim();

        /// <summary>Non-blank values of the numbered columns prefix1..prefixN, in order.</summary>
        public IReadOnlyList<string> List(string prefix, int count) =>
            Enumerable.Range(1, count).Select(i => this[prefix + i.ToString(CultureInfo.InvariantCulture)]).Where(v => v.Length > 0).ToArray();

        public DateOnly? Date(string column)
        {
            var text = this[column];
            if (text.Length == 0)
            {
                return null;
            }

            return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Error($"{column} '{text}' is not a yyyymmdd date");
        }

        public CodeSetFormatException Error(string problem) => new(_path, _line, problem);
    }
}
