using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Lines;

/// <summary>The CMS place-of-service code a claim carries for a care setting; the claim renders it and the POS edit checks it.</summary>
public static class PlaceOfServiceCode
{
    /// <summary>11 office, 21 inpatient hospital, 22 on-campus outpatient hospital, 23 emergency room.</summary>
    public static string For(CareSetting setting) => setting switch
    {
        CareSetting.Office => "11",
        CareSetting.Inpatient => "21",
        CareSetting.Outpatient => "22",
        CareSetting.Emergency => "23",
        _ => throw new ArgumentOutOfRangeException(nameof(setting)),
    };
}
