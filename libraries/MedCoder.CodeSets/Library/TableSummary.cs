using System.Globalization;
using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Cpt;
using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Icd10Pcs;

namespace MedCoder.CodeSets.Library;

/// <summary>One line on what a table holds, for listings and import reports.</summary>
public static class TableSummary
{
    private static string Count(int count, string what) => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {what}");

    public static string Describe(ICacheable table) => table switch
    {
        Icd10CmRelease release => Count(release.BillableCount, "billable codes") + ", " + Count(release.Codes.Count - release.BillableCount, "headers"),
        Icd10CmAddenda addenda => string.Join(", ", Enum.GetValues<AddendaAction>().Select(a => Count(addenda.Count(a), a.ToString()))),
        ValidCodesList valid => Count(valid.Count, "valid codes (CMS codes file)"),
        ConversionTable conversion => Count(conversion.Count, "new codes with their previous codes"),
        PoaExemptList poa => Count(poa.Count, "POA-exempt codes"),
        TabularNotes notes => Count(notes.NoteCount, "notes on") + " " + Count(notes.CodeCount, "codes") + ", " + Count(notes.SeventhCharacterCodeCount, "7th-character definitions"),
        DrugTable drugs => Count(drugs.MainTermCount, "drug main terms") + ", " + Count(drugs.CellCount, "cells"),
        NeoplasmTable neoplasms => Count(neoplasms.TermCount, "neoplasm sites") + ", " + Count(neoplasms.CellCount, "cells"),
        ExternalCauseIndex index => Count(index.MainTermCount, "main terms") + ", " + Count(index.TermCount, "terms"),
        Icd10PcsRelease pcs => Count(pcs.ValidCodeCount, "valid codes") + ", " + Count(pcs.Rows.Count - pcs.ValidCodeCount, "table headers"),
        Icd10PcsOrderAddenda addenda => string.Create(CultureInfo.InvariantCulture, $"{addenda.Added.Count()} added, {addenda.Deleted.Count()} deleted, {addenda.Revised.Count()} revised"),
        HcpcsRelease hcpcs => Count(hcpcs.Codes.Count, "codes") + $" ({Count(hcpcs.Codes.Count(c => c.TerminationDate is not null), "terminated")}), " + Count(hcpcs.Modifiers.Count, "modifiers"),
        MceEdits mce => Count(mce.Codes.Count, "codes on edit lists"),
        MueTable mue => Count(mue.Entries.Count, "codes with a practitioner MUE"),
        AddOnCodeEdits aoc => Count(aoc.Edits.Count, "add-on/primary pairs") + ", " + Count(aoc.AddOnCodes.Count, "add-on codes"),
        PlaceOfServiceCodes pos => Count(pos.Codes.Count, "place-of-service codes"),
        LicensedCptFile cpt => cpt.IsLoaded ? "licensed CPT descriptors" : "no CPT descriptors",
        _ => table.GetType().Name,
    };
}
