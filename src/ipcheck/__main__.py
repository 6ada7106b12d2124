from ipcheck.cli import main

main()
