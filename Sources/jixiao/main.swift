import Foundation
import JixiaoShell

exit(CommandLineTool.main())
