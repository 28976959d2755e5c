// Every module that declares built-in types, natives or modules, imported in one fixed order:
// the order in which natives get their indices and types their addresses, identical in every
// worker. Add new object and module files here.

import '../objects/exception.js';
import '../objects/classes.js';
import '../objects/type_slots.js';
import '../objects/int.js';
import '../objects/bool.js';
import '../objects/none.js';
import '../objects/float.js';
import '../objects/complex.js';
import '../objects/textio.js';
import '../modules/builtins.js';
import '../modules/sys.js';
import '../objects/slice.js';
import '../objects/str_type.js';
import '../objects/str_methods.js';
import '../objects/fileio.js';
import '../modules/builtins_more.js';
import '../objects/iterators.js';
import '../objects/range.js';
import '../objects/dict_methods.js';
import '../objects/object_methods.js';
import '../objects/exception_methods.js';
import '../objects/function_methods.js';
import '../objects/property.js';
import '../objects/super.js';
import '../objects/generator_methods.js';
import '../modules/collections.js';
import '../modules/re_core.js';
import '../modules/json.js';
import '../modules/struct.js';
import '../modules/os.js';
import '../modules/traceback_core.js';
import '../modules/math.js';
import '../modules/random.js';
import '../modules/time.js';
import '../modules/cmath.js';
import '../modules/itertools.js';
import '../objects/lock.js';
import '../modules/thread.js';
import '../objects/weakref.js';
import '../modules/gc.js';
import { declareInplaceDunders, declareSlotDunders } from './dunders.js';

declareSlotDunders();
declareInplaceDunders();
