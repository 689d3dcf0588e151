using MedCoder.Intake;
using MedCoder.ServiceDefaults;

ServiceHost.Run(args, IntakeModule.Name, s => s.AddIntake(), bus => bus.AddIntakeConsumers(), app => app.MapIntake());
