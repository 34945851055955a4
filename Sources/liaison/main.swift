import LiaisonCLI

// Everything lives in LiaisonCLI, so that the tests can parse every command without running it.
await Liaison.start()
