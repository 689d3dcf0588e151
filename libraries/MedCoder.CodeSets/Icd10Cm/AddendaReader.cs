using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// Reads icd10cm_order_addenda_YYYY.txt or icd10cm_codes_addenda_YYYY.txt (fixed width, CMS). Columns 1-13 hold the
/// action ("Add:", "Delete:", "Revise from:", "Revise to:"). Order layout: billable flag in column 14, code in 16-22,
/// short title in 24-83, long title from 85. Codes layout: code in 14-20, long title from 22.
/// The records end at the first blank line; what follows is CMS's count summary and is not data.
/// </summary>
internal static class AddendaReader
{
    private const int ActionWidth = 13;

    public static Icd10CmAddenda Read(string path)
    {
        var entries = new List<AddendaEntry>();
        AddendaLayout? layout = null;
        var lastRecordLine = 0;
        foreach (var (number, line) in DataFile.Lines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                break;
            }

            layout ??= DetectLayout(line);
            var entry = layout == AddendaLayout.Order ? ParseOrderLine(line, path, number) : ParseCodesLine(line, path, number);
            ExpectRevisionPairing(entries, entry, path, number);
            entries.Add(entry);
            lastRecordLine = number;
        }

        if (layout is null)
        {
            throw new CodeSetFormatException(path, 1, "no addenda records before the first blank line");
        }

        if (entries[^1].Action == AddendaAction.ReviseFrom)
        {
            throw new CodeSetFormatException(path, lastRecordLine, "'Revise from:' is not followed by 'Revise to:'");
        }

        return new Icd10CmAddenda(layout.Value, entries);
    }

    // The order layout has a 0/1 flag right after the action; in the codes layout the code (a letter) starts there.
    private static AddendaLayout DetectLayout(string line) =>
        line.Length > ActionWidth + 1 && line[ActionWidth] is ('0' or '1') && line[ActionWidth + 1] == ' ' ? AddendaLayout.Order : AddendaLayout.Codes;

    private static AddendaEntry ParseOrderLine(string line, string path, int number)
    {
        if (line.Length < 85 || line[13] is not ('0' or '1') || line[14] != ' ' || line[22] != ' ' || line[83] != ' ')
        {
            throw new CodeSetFormatException(path, number, "not an order-addenda record (action in columns 1-13, flag 0|1 in column 14, code in 16-22, short title 24-83, long title from 85)");
        }

        var code = ParseCode(line.Substring(15, 7), path, number);
        return new AddendaEntry(ParseAction(line, path, number), code, line[13] == '1', line.Substring(23, 60).Trim(), line[84..].Trim());
    }

    private static AddendaEntry ParseCodesLine(string line, string path, int number)
    {
        if (line.Length < 22 || line[20] != ' ')
        {
            throw new CodeSetFormatException(path, number, "not a codes-addenda record (action in columns 1-13, code in 14-20, long title from 22)");
        }

        var code = ParseCode(line.Substring(13, 7), path, number);
        return new AddendaEntry(ParseAction(line, path, number), code, Billable: true, string.Empty, line[21..].Trim());
    }

    private static AddendaAction ParseAction(string line, string path, int number) => line[..ActionWidth].TrimEnd() switch
    {
        "Add:" => AddendaAction.Add,
        "Delete:" => AddendaAction.Delete,
        "Revise from:" => AddendaAction.ReviseFrom,
        "Revise to:" => AddendaAction.ReviseTo,
        var other => throw new CodeSetFormatException(path, number, $"unknown addenda action '{other}' (expected Add:, Delete:, Revise from:, Revise to:)"),
    };

    private static string ParseCode(string field, string path, int number)
    {
        var code = field.Trim();
        return CodeText.IsIcd10Cm(code) && !code.Contains('.', StringComparison.Ordinal)
            ? code
            : throw new CodeSetFormatException(path, number, $"'{code}' is not an ICD-10-CM code without dot");
    }

    // Revisions must come as from/to pairs of the same code, or the pairing in Icd10CmAddenda.Revisions would be wrong.
    private static void ExpectRevisionPairing(List<AddendaEntry> entries, AddendaEntry entry, string path, int number)
    {
        var previous = entries.Count > 0 ? entries[^1] : null;
        var pending = previous?.Action == AddendaAction.ReviseFrom;
        if (pending && (entry.Action != AddendaAction.ReviseTo || !string.Equals(entry.Code, previous!.Code, StringComparison.Ordinal)))
        {
            throw new CodeSetFormatException(path, number, $"'Revise from: {previous!.Code}' must be followed by 'Revise to: {previous.Code}'");
        }

        if (!pending && entry.Action == AddendaAction.ReviseTo)
        {
            throw new CodeSetFormatException(path, number, "'Revise to:' without a preceding 'Revise from:'");
        }
    }
}
