namespace MedCoder.Coding.Services;

/// <summary>
/// The four levels of medical decision making (CPT 2021 office / 2023 all-settings E/M guidelines), also used
/// for each element: problems minimal/low/moderate/high, data minimal/limited/moderate/extensive, risk
/// minimal/low/moderate/high all line up with straightforward/low/moderate/high.
/// </summary>
public enum MdmLevel
{
    Straightforward = 0,
    Low = 1,
    Moderate = 2,
    High = 3,
}
