using System.Globalization;
using MedCoder.CodeSets.Cpt;
using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Edits.Ptp;
using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Icd10Pcs;
using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

/// <summary>
/// The registry of code-set tables: one entry per kind of file, with the path it is recognised by (as CMS and
/// CDC name their files) and how that path dates the release, its parser, its binary-cache reader and its
/// one-line summary. A new table is one entry here plus its parser class (see this library's README).
/// </summary>
/// <remarks>
/// Only this part of the class declares static fields: they are initialised in textual order, and that order is
/// the order paths are matched in (the first rule that matches wins) and each kind's number in the binary cache.
/// </remarks>
public sealed partial class SourceKind
{
    private static readonly EffectivePeriod Always = new(DateOnly.MinValue, DateOnly.MaxValue);

    private static readonly List<SourceKind> Registered = [];

    public static readonly SourceKind Icd10CmOrder = Table(
        nameof(Icd10CmOrder), @"^icd10cm/fy(\d{4})/icd10cm_order_\d{4}\.txt(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => OrderFileReader.Load(file.Path, file.FiscalYear), Icd10CmRelease.Read,
        release => Count(release.BillableCount, "billable codes") + ", " + Count(release.Codes.Count - release.BillableCount, "headers"));

    public static readonly SourceKind Icd10CmValidCodes = Table(
        nameof(Icd10CmValidCodes), @"^icd10cm/fy(\d{4})/icd10cm_codes_\d{4}\.txt(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => ValidCodesList.Load(file.Path), ValidCodesList.Read,
        valid => Count(valid.Count, "valid codes (CMS codes file)"));

    public static readonly SourceKind Icd10CmOrderAddenda = Table(
        nameof(Icd10CmOrderAddenda), @"^icd10cm/fy(\d{4})/icd10cm_order_addenda_\d{4}\.txt(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => Icd10CmAddenda.Load(file.Path), Icd10CmAddenda.Read, DescribeAddenda);

    public static readonly SourceKind Icd10CmCodesAddenda = Table(
        nameof(Icd10CmCodesAddenda), @"^icd10cm/fy(\d{4})/icd10cm_codes_addenda_\d{4}\.txt(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => Icd10CmAddenda.Load(file.Path), Icd10CmAddenda.Read, DescribeAddenda);

    public static readonly SourceKind Icd10CmConversionTable = Table(
        nameof(Icd10CmConversionTable), @"^icd10cm/fy(\d{4})/[^/]*conversion-table[^/]*\.tsv(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => ConversionTable.Load(file.Path), ConversionTable.Read,
        conversion => Count(conversion.Count, "new codes with their previous codes"));

    public static readonly SourceKind Icd10CmPoaExempt = Table(
        nameof(Icd10CmPoaExempt), @"^icd10cm/fy(\d{4})/poa-exempt/poaexemptcodesfy\d{2}\.txt(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => PoaExemptList.Load(file.Path), PoaExemptList.Read,
        poa => Count(poa.Count, "POA-exempt codes"));

    // The legacy tabular kind is declared below; it is set before any file is parsed.
    public static readonly SourceKind Icd10CmNotesDerived = Table(
        nameof(Icd10CmNotesDerived), @"^icd10cm/fy(\d{4})/derived/[^/]*instructional_notes[^/]*\.json(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, context) => TabularNotes.Load(file.Path, context.Find(Icd10CmTabularLegacy!)?.Path, context.Release(file)), TabularNotes.Read,
        notes => Count(notes.NoteCount, "notes on") + " " + Count(notes.CodeCount, "codes") + ", " + Count(notes.SeventhCharacterCodeCount, "7th-character definitions"));

    /// <summary>The FY2021 tabular is read together with the derived notes it completes, never as a table of its own.</summary>
    public static readonly SourceKind Icd10CmTabularLegacy = ReadWithAnother(
        nameof(Icd10CmTabularLegacy), @"^icd10cm/legacy-fy(\d{4})/icd10cm_tabular_\d{4}\.xml(\.gz)?$", FiscalYear("ICD-10-CM tabular"));

    public static readonly SourceKind Icd10CmDrugTable = Table(
        nameof(Icd10CmDrugTable), @"^icd10cm/fy(\d{4})(-[a-z0-9-]+)?/icd10cm-drug-[^/]*\.xml(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => DrugTable.Load(file.Path), DrugTable.Read,
        drugs => Count(drugs.MainTermCount, "drug main terms") + ", " + Count(drugs.CellCount, "cells"));

    public static readonly SourceKind Icd10CmNeoplasmTable = Table(
        nameof(Icd10CmNeoplasmTable), @"^icd10cm/fy(\d{4})(-[a-z0-9-]+)?/icd10cm-neoplasm-[^/]*\.xml(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => NeoplasmTable.Load(file.Path), NeoplasmTable.Read,
        neoplasms => Count(neoplasms.TermCount, "neoplasm sites") + ", " + Count(neoplasms.CellCount, "cells"));

    public static readonly SourceKind Icd10CmExternalCauseIndex = Table(
        nameof(Icd10CmExternalCauseIndex), @"^icd10cm/fy(\d{4})(-[a-z0-9-]+)?/icd10cm-eindex-[^/]*\.xml(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => ExternalCauseIndex.Load(file.Path), ExternalCauseIndex.Read,
        index => Count(index.MainTermCount, "main terms") + ", " + Count(index.TermCount, "terms"));

    public static readonly SourceKind Icd10PcsOrder = Table(
        nameof(Icd10PcsOrder), @"^icd10pcs/fy(\d{4})/icd10pcs_order_\d{4}\.txt(\.gz)?$", FiscalYear("ICD-10-PCS"),
        (file, _) => Icd10PcsRelease.Load(file.Path, file.FiscalYear), Icd10PcsRelease.Read,
        pcs => Count(pcs.ValidCodeCount, "valid codes") + ", " + Count(pcs.Rows.Count - pcs.ValidCodeCount, "table headers"));

    public static readonly SourceKind Icd10PcsOrderAddenda = Table(
        nameof(Icd10PcsOrderAddenda), @"^icd10pcs/fy(\d{4})/icd10pcs_order_addenda_\d{4}\.txt(\.gz)?$", FiscalYear("ICD-10-PCS"),
        (file, _) => Icd10Pcs.Icd10PcsOrderAddenda.Load(file.Path), Icd10Pcs.Icd10PcsOrderAddenda.Read,
        addenda => string.Create(CultureInfo.InvariantCulture, $"{addenda.Added.Count()} added, {addenda.Deleted.Count()} deleted, {addenda.Revised.Count()} revised"));

    public static readonly SourceKind Hcpcs = Table(
        nameof(Hcpcs), @"^hcpcs/(\d{4})-(\d{2})/[^/]*\.tsv(\.gz)?$", m => Quarter("HCPCS", Number(m, 1), Number(m, 2)),
        (file, _) => HcpcsRelease.Load(file.Path), HcpcsRelease.Read,
        hcpcs => Count(hcpcs.Codes.Count, "codes") + $" ({Count(hcpcs.Codes.Count(c => c.TerminationDate is not null), "terminated")}), " + Count(hcpcs.Modifiers.Count, "modifiers"));

    public static readonly SourceKind MceEdits = Table(
        nameof(MceEdits), @"^mce/mce_edits_fy(\d{4})[^/]*\.json(\.gz)?$", FiscalYear("MCE"),
        (file, _) => Edits.MceEdits.Load(file.Path), Edits.MceEdits.Read,
        mce => Count(mce.Codes.Count, "codes on edit lists"));

    public static readonly SourceKind Mue = Table(
        nameof(Mue), @"^ncci/[^/]*mue[^/]*eff_(\d{2})-\d{2}-(\d{4})[^/]*\.tsv(\.gz)?$", m => Quarter("MUE", Number(m, 2), Number(m, 1)),
        (file, _) => MueTable.Load(file.Path), MueTable.Read,
        mue => Count(mue.Entries.Count, "codes with a practitioner MUE"));

    public static readonly SourceKind AddOnCodeEdits = Table(
        nameof(AddOnCodeEdits), @"^ncci/[^/]*aoc[^/]*?(\d{4})q([1-4])[^/]*\.json(\.gz)?$", m => Quarter("NCCI AOC", Number(m, 1), (Number(m, 2) * 3) - 2),
        (file, _) => Edits.AddOnCodeEdits.Load(file.Path), Edits.AddOnCodeEdits.Read,
        aoc => Count(aoc.Edits.Count, "add-on/primary pairs") + ", " + Count(aoc.AddOnCodes.Count, "add-on codes"));

    public static readonly SourceKind PlaceOfService = Table(
        nameof(PlaceOfService), @"^reference/pos[^/]*\.json(\.gz)?$", _ => ("POS", Always),
        (file, _) => PlaceOfServiceCodes.Load(file.Path), PlaceOfServiceCodes.Read,
        pos => Count(pos.Codes.Count, "place-of-service codes"));

    public static readonly SourceKind LicensedCpt = Table(
        nameof(LicensedCpt), @"^cpt/[^/]*\.tsv$", _ => ("CPT (licensed file)", Always),
        (file, _) => LicensedCptFile.Load(file.Path), LicensedCptFile.Read,
        cpt => cpt.IsLoaded ? "licensed CPT descriptors" : "no CPT descriptors");

    /// <summary>An edition with no index of its own reads the latest earlier one through its own codes (IndexCodes).</summary>
    public static readonly SourceKind Icd10CmAlphabeticIndex = Table(
        nameof(Icd10CmAlphabeticIndex), @"^icd10cm/fy(\d{4})/derived/icd10cm_index_\d{4}[^/]*\.csv(\.gz)?$", FiscalYear("ICD-10-CM"),
        (file, _) => AlphabeticIndex.Load(file.Path, file.FiscalYear), AlphabeticIndex.Read,
        index => index.Describe(), servesLaterEditions: true);

    /// <summary>
    /// NCCI PTP practitioner edits ("ccipra"): the derived TSV shipped (ptp_practitioner_2024q3_...tsv.gz) or CMS's
    /// quarterly files, whose version v{VV}{Q} dates them (v30.2 = 2024 Q3); the first file reads the later parts.
    /// </summary>
    public static readonly SourceKind NcciPtpPractitioner = Table(
        nameof(NcciPtpPractitioner), @"^ncci/(?:[^/]+/)?(?:ptp_practitioner_(?<year>\d{4})q(?<quarter>[1-4])[^/]*\.tsv|ccipra-v(?<ncci>\d{2})(?<q>[0-3])r\d+-f1\.txt)(\.gz)?$", PtpQuarter("NCCI PTP practitioner"),
        (file, context) => PtpFileReader.Load(context.WithParts(file, NcciPtpPractitionerPart!), file.Period), PtpEditTable.Read, DescribePtp);

    public static readonly SourceKind NcciPtpPractitionerPart = ReadWithAnother(
        nameof(NcciPtpPractitionerPart), @"^ncci/(?:[^/]+/)?ccipra-v(?<ncci>\d{2})(?<q>[0-3])r\d+-f(?<part>[2-9])\.txt(\.gz)?$", PtpQuarter("NCCI PTP practitioner"));

    /// <summary>NCCI PTP outpatient-hospital edits ("ccioph"), in the same two layouts.</summary>
    public static readonly SourceKind NcciPtpOutpatient = Table(
        nameof(NcciPtpOutpatient), @"^ncci/(?:[^/]+/)?(?:ptp_outpatient_(?<year>\d{4})q(?<quarter>[1-4])[^/]*\.tsv|ccioph-v(?<ncci>\d{2})(?<q>[0-3])r\d+-f1\.txt)(\.gz)?$", PtpQuarter("NCCI PTP outpatient hospital"),
        (file, context) => PtpFileReader.Load(context.WithParts(file, NcciPtpOutpatientPart!), file.Period), PtpEditTable.Read, DescribePtp);

    public static readonly SourceKind NcciPtpOutpatientPart = ReadWithAnother(
        nameof(NcciPtpOutpatientPart), @"^ncci/(?:[^/]+/)?ccioph-v(?<ncci>\d{2})(?<q>[0-3])r\d+-f(?<part>[2-9])\.txt(\.gz)?$", PtpQuarter("NCCI PTP outpatient hospital"));

    private static string DescribePtp(PtpEditTable ptp) =>
        Count(ptp.Count, "pairs") + $" (modifier 0: {ptp.CountOf(PtpModifierIndicator.NotAllowed):N0}, 1: {ptp.CountOf(PtpModifierIndicator.Allowed):N0})";

    private static string DescribeAddenda(Icd10CmAddenda addenda) =>
        string.Join(", ", Enum.GetValues<AddendaAction>().Select(a => Count(addenda.Count(a), a.ToString())));
}
