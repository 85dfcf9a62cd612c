var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => "ReviewEngine");

app.Run();

public partial class Program;
