from openfisca_samenloop.cli import main

raise SystemExit(main())
