using MedCoder.ClaimAssembly.X12;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>
/// One professional and one institutional claim, segment by segment, each with what 005010X222A1 / 005010X223A2 asks
/// of it (loop, usage, elements). A change to the writer that moves a segment or an element fails here.
/// </summary>
public sealed class GoldenClaimTests
{
    /// <summary>An office visit for a child covered by the mother, rendered by a clinician of the billing hospital.</summary>
    private static readonly string[] Professional =
    [
        // ISA interchange header (fixed width): no authorization or security info (00, blanks), mutually defined (ZZ) sender and receiver ids
        // padded to 15, date YYMMDD and time, ISA11 repetition separator ^, version 00501, ISA13 control number (9 digits), ISA14 0 no TA1
        // requested, ISA15 T test (the CLI's preview; the payer API sends P), ISA16 component separator :.
        "ISA*00*          *00*          *ZZ*GENERAL-HO49736*ZZ*ACME-HEALTH    *260310*1430*^*00501*000001001*0*T*:",
        // GS functional group: HC health care claim, sender and receiver codes, CCYYMMDD date, time, GS06 group control number, X (X12), GS08 the guide.
        "GS*HC*GENERAL-HO49736*ACME-HEALTH*20260310*1430*1001*X*005010X222A1",
        // ST transaction set 837, ST02 control number unique in the group, ST03 the guide's version (required in 5010).
        "ST*837*0001*005010X222A1",
        // BHT: 0019 information source/subscriber/dependent structure, 00 original, BHT03 reference (the claim id), date, time, CH chargeable.
        "BHT*0019*00*clm-1781532425f6fa7d*20260310*1430*CH",
        // 1000A submitter name: 41 submitter, 2 non-person, NM108 46 electronic transmitter id (ETIN).
        "NM1*41*2*GENERAL HOSPITAL*****46*GENERAL-HO49736",
        // 1000A submitter EDI contact (required): IC information contact, name, TE telephone.
        "PER*IC*BILLING OFFICE*TE*2175550100",
        // 1000B receiver name: 40 receiver, 2 non-person, 46 its ETIN.
        "NM1*40*2*ACME HEALTH*****46*ACME-HEALTH",
        // 2000A billing provider hierarchical level: HL01 1, no parent, 20 information source, HL04 1 children follow.
        "HL*1**20*1",
        // 2000A billing provider specialty: BI billing, PXC health care provider taxonomy code (NUCC 282N00000X general acute care hospital).
        "PRV*BI*PXC*282N00000X",
        // 2010AA billing provider name: 85 billing provider, 2 organization, XX NPI.
        "NM1*85*2*GENERAL HOSPITAL*****XX*1234567893",
        // 2010AA billing provider address: street (a physical address, no PO box).
        "N3*100 MAIN ST",
        // 2010AA city, state, ZIP: the billing provider's ZIP must be 9 digits.
        "N4*SPRINGFIELD*IL*627010001",
        // 2010AA billing provider tax identification (required): EI employer's identification number.
        "REF*EI*371234567",
        // 2000B subscriber level: HL 2, parent 1, 22 subscriber, HL04 1 a patient level follows (the patient is a dependent).
        "HL*2*1*22*1",
        // 2000B SBR: P primary payer; SBR02 empty because the patient is not the subscriber (18 only when self); SBR09 CI commercial insurance.
        "SBR*P********CI",
        // 2010BA subscriber name: IL insured, 1 person, last, first, MI member id. No N3/N4/DMG: sent only when the subscriber is the patient.
        "NM1*IL*1*DOE*JANE****MI*M1",
        // 2010BB payer name: PR payer, 2 organization, PI payer identification.
        "NM1*PR*2*ACME HEALTH*****PI*acme-health",
        // 2000C patient level: HL 3, parent 2, 23 dependent, HL04 0 no children.
        "HL*3*2*23*0",
        // 2000C PAT: the patient's relationship to the insured, 19 child.
        "PAT*19",
        // 2010CA patient name: QC patient, 1 person, last, first, middle (no id: the member id is the subscriber's).
        "NM1*QC*1*DOE*JOHN*Q",
        // 2010CA patient address and city/state/ZIP.
        "N3*12 ELM ST*APT 4",
        "N4*SPRINGFIELD*IL*627020002",
        // 2010CA patient demographics: D8 date of birth CCYYMMDD, M sex.
        "DMG*D8*19600101*M",
        // 2300 CLM: CLM01 patient control number (the claim id; the 277CA echoes it), CLM02 total charge, CLM05 11 office : B place of service
        // code qualifier : 1 original claim; CLM06 Y provider signature on file, CLM07 A assigned, CLM08 Y benefits assigned, CLM09 Y release of information.
        "CLM*clm-1781532425f6fa7d*233***11:B:1*Y*A*Y*Y",
        // 2300 HI health care diagnosis code: ABK principal ICD-10-CM, ABF other (up to 12 in all), codes without the decimal point.
        "HI*ABK:I10*ABF:E785",
        // 2310B rendering provider (the clinician differs from the billing NPI): 82 rendering, 1 person, XX NPI.
        "NM1*82*1*RIVERA*ANA****XX*1245319599",
        // 2400 LX service line number (up to 50 on an 837P).
        "LX*1",
        // 2400 SV1: HC HCPCS/CPT : code : modifier, charge, UN units, count, SV107 diagnosis pointers (up to 4) into HI.
        "SV1*HC:99214:25*215*UN*1***1:2",
        // 2400 DTP service date (required): 472 service, D8 one date.
        "DTP*472*D8*20260302",
        "LX*2",
        "SV1*HC:36415*18*UN*1***1:2",
        "DTP*472*D8*20260302",
        // SE: segment count from ST to SE inclusive, and ST02.
        "SE*31*0001",
        // GE: transaction sets in the group, GS06.
        "GE*1*1001",
        // IEA: functional groups in the interchange, ISA13.
        "IEA*1*000001001",
    ];

    /// <summary>A three-day inpatient stay with a laparoscopic appendectomy; the patient is the subscriber.</summary>
    private static readonly string[] Institutional =
    [
        // ISA, GS (GS08 005010X223A2), ST, BHT, 1000A, 1000B and the billing provider loops as on the professional claim.
        "ISA*00*          *00*          *ZZ*GENERAL-HO49736*ZZ*ACME-HEALTH    *260310*1430*^*00501*000001001*0*T*:",
        "GS*HC*GENERAL-HO49736*ACME-HEALTH*20260310*1430*1001*X*005010X223A2",
        "ST*837*0001*005010X223A2",
        "BHT*0019*00*clm-064a14a573c52a50*20260310*1430*CH",
        "NM1*41*2*GENERAL HOSPITAL*****46*GENERAL-HO49736",
        "PER*IC*BILLING OFFICE*TE*2175550100",
        "NM1*40*2*ACME HEALTH*****46*ACME-HEALTH",
        "HL*1**20*1",
        "PRV*BI*PXC*282N00000X",
        "NM1*85*2*GENERAL HOSPITAL*****XX*1234567893",
        "N3*100 MAIN ST",
        "N4*SPRINGFIELD*IL*627010001",
        "REF*EI*371234567",
        // 2000B subscriber level with no patient level below (HL04 0): the patient is the subscriber, SBR02 18 self.
        "HL*2*1*22*0",
        "SBR*P*18*******CI",
        // 2010BA subscriber (= patient) name, address and demographics: required when the subscriber is the patient.
        "NM1*IL*1*DOE*JOHN*Q***MI*M1",
        "N3*12 ELM ST*APT 4",
        "N4*SPRINGFIELD*IL*627020002",
        "DMG*D8*19600101*M",
        "NM1*PR*2*ACME HEALTH*****PI*acme-health",
        // 2300 CLM: CLM05 11 hospital inpatient : A uniform billing claim form bill type : 1 frequency (type of bill 111);
        // CLM06 not used on the 837I; CLM07 A assigned, CLM08 Y, CLM09 Y.
        "CLM*clm-064a14a573c52a50*2796***11:A:1**A*Y*Y",
        // 2300 discharge hour (required on inpatient claims when the patient was discharged; type of bill 111 is admit through discharge): 096, TM HHMM.
        "DTP*096*TM*1100",
        // 2300 statement dates (required): 434, RD8 from-through.
        "DTP*434*RD8*20260302-20260305",
        // 2300 admission date and hour (required on inpatient claims): 435, DT CCYYMMDDHHMM.
        "DTP*435*DT*202603021400",
        // 2300 CL1 institutional claim code: admission type 1 emergency, point of origin 7, patient status 01 discharged home (CL103 required).
        "CL1*1*7*01",
        // 2300 HI principal diagnosis (required): ABK, code, HI01-9 present-on-admission indicator (U: the coding does not determine POA yet).
        "HI*ABK:K3580:::::::U",
        // 2300 HI admitting diagnosis (required on inpatient claims): ABJ; no POA.
        "HI*ABJ:K3580",
        // 2300 HI other diagnoses: ABF with POA, up to 12 per segment and 2 segments (24).
        "HI*ABF:E119:::::::U",
        // 2300 HI principal procedure (required on inpatient claims with a procedure): BBR ICD-10-PCS : code : D8 : date.
        "HI*BBR:0DTJ4ZZ:D8:20260302",
        // 2310A attending provider (required on inpatient claims): 71 attending, 1 person, XX NPI; PRV AT taxonomy (situational).
        "NM1*71*1*RIVERA*ANA****XX*1234567893",
        "PRV*AT*PXC*207RH0003X",
        // 2400 LX and SV2: SV201 revenue code, SV202 HC : HCPCS/CPT, SV203 line charge, UN units, SV205 count (up to 999 lines).
        "LX*1",
        "SV2*0120*HC:99223*410*UN*1",
        // 2400 DTP service date (situational on inpatient): RD8 the stay.
        "DTP*472*RD8*20260302-20260305",
        "LX*2",
        "SV2*0300*HC:85025*36*UN*1",
        "DTP*472*RD8*20260302-20260305",
        "LX*3",
        "SV2*0360*HC:44970*2350*UN*1",
        "DTP*472*RD8*20260302-20260305",
        "SE*39*0001",
        "GE*1*1001",
        "IEA*1*000001001",
    ];

    [Fact]
    public void Professional_claim_matches_the_golden_file()
    {
        var x12 = Claim837Writer.Write(ClaimSamples.Envelope, ClaimSamples.Billing(ClaimSamples.Professional(b => b.WithChildOfSubscriber())));

        Assert.Equal(Professional, Segments(x12));
    }

    [Fact]
    public void Institutional_claim_matches_the_golden_file()
    {
        var x12 = Claim837Writer.Write(ClaimSamples.Envelope, ClaimSamples.Billing(ClaimSamples.Institutional()));

        Assert.Equal(Institutional, Segments(x12));
    }

    private static string[] Segments(string x12)
    {
        Assert.EndsWith("~\n", x12, StringComparison.Ordinal);
        return x12.Split("~\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
